using System.Diagnostics;

namespace Benchmarks;

/// <summary>Paths in the kit's repository and running its programs.</summary>
internal static class Repository
{
    /// <summary>The folder holding Notebooks.sln, found upwards from the benchmark's own folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The kit's command-line tool, as <c>./kit build</c> leaves it.</summary>
    public static string KitDll => Path.Combine(Root, "src", "Notebooks.Cli", "bin", "Release", "net10.0", "kit.dll");

    /// <summary>Runs a program to its end and returns its standard output; throws with its stderr when it fails.</summary>
    public static string Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    /// <summary>The dotnet host running this process (the benchmark is started as <c>dotnet Benchmarks.dll</c>).</summary>
    public static string Dotnet => Environment.ProcessPath ?? "dotnet";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find Notebooks.sln above " + AppContext.BaseDirectory);
    }
}
