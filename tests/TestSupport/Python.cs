using System.Diagnostics;
using Xunit;

namespace TestSupport;

/// <summary>
/// Runs Debian's /usr/bin/python3 with python3-nbformat as an oracle: Jupyter's own reader, validator and writer.
/// A missing interpreter or package fails the test with the install command; it never skips.
/// </summary>
public static class Python
{
    private const string Interpreter = "/usr/bin/python3";
    private const string Install = "install it with `apt-get install -y python3-nbformat` (the tests use /usr/bin/python3, not a pyenv python)";

    /// <summary>Runs <paramref name="script"/> with <paramref name="args"/> and returns stdout; fails the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] args)
    {
        if (!File.Exists(Interpreter))
        {
            Assert.Fail($"{Interpreter} is missing; {Install}.");
        }

        var result = Exec(script, args);
        if (result.ExitCode != 0 && result.Stderr.Contains("No module named 'nbformat'", StringComparison.Ordinal))
        {
            Assert.Fail($"python3-nbformat is missing; {Install}.");
        }

        Assert.True(result.ExitCode == 0, $"python failed ({result.ExitCode}):\n{result.Stderr}");
        return result.Stdout;
    }

    /// <summary>nbformat.validate(nbformat.read(path, as_version=4)), as the issue asks.</summary>
    public static void Validate(string path) =>
        Run("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);

    /// <summary>Reads <paramref name="path"/> with nbformat and writes it to <paramref name="output"/> with nbformat.write.</summary>
    public static void Resave(string path, string output) =>
        Run("import sys, nbformat; nbformat.write(nbformat.read(sys.argv[1], as_version=4), sys.argv[2])", path, output);

    private static (int ExitCode, string Stdout, string Stderr) Exec(string script, string[] args)
    {
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
