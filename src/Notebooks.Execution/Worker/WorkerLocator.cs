namespace Notebooks.Execution.Worker;

/// <summary>Finds the worker program and the <c>dotnet</c> host that runs it.</summary>
internal static class WorkerLocator
{
    public const string WorkerFileName = "Notebooks.Execution.Worker.dll";

    /// <summary>The worker copied beside this assembly (see the csproj), unless a path is given.</summary>
    public static string WorkerPath(string? configured)
    {
        var path = configured ?? Path.Combine(AppContext.BaseDirectory, "worker", WorkerFileName);
        if (!File.Exists(path))
        {
            var beside = Path.Combine(Path.GetDirectoryName(typeof(WorkerLocator).Assembly.Location) ?? ".", "worker", WorkerFileName);
            path = configured ?? beside;
        }

        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The notebook worker was not found at {path}; build Notebooks.Execution (it copies the worker into worker/).", path);
    }

    /// <summary>The host running this process when it is <c>dotnet</c>, else <c>DOTNET_HOST_PATH</c>, else <c>dotnet</c> on the PATH.</summary>
    public static string DotnetPath()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root
            && Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") is var rooted && File.Exists(rooted))
        {
            return rooted;
        }

        return "dotnet";
    }
}
