using System.Diagnostics;
using Notebooks.Kernel.Kernelspec;
using TestSupport;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>
/// The kernel as Jupyter starts it: the built <c>kit.dll kernel run</c>, installed as a kernelspec into a temporary
/// prefix that <c>JUPYTER_PATH</c> puts first, so the user's own kernelspecs are neither used nor touched.
/// </summary>
internal static class InstalledKernel
{
    public const string Name = ".net-csharp";

    /// <summary>The CLI the kernelspec starts (built by <c>./kit build</c>).</summary>
    public static string KitDll { get; } = Path.Combine(RepositoryPaths.Root, "src", "Notebooks.Cli", "bin", "Release", "net10.0", "kit.dll");

    public static string Dotnet { get; } = Process.GetCurrentProcess().MainModule?.FileName is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet"
        ? p
        : Path.Combine(Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "/usr/share/dotnet", "dotnet");

    private static readonly Lazy<string> Prefix = new(() =>
    {
        Assert.True(File.Exists(KitDll), $"{KitDll} is missing: run ./kit build first.");
        var prefix = Directory.CreateTempSubdirectory("kit-kernel-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(prefix, recursive: true);
        KernelspecStore.Prefix(prefix).Install(Name, [Dotnet, KitDll, "kernel", "run", "--connection-file", "{connection_file}"], "test", force: false);
        return prefix;
    });

    /// <summary>The folder to put in <c>JUPYTER_PATH</c>.</summary>
    public static string JupyterPath => Path.Combine(Prefix.Value, "share", "jupyter");

    /// <summary>Runs /usr/bin/python3 (Debian's, with jupyter_client, jupyter_kernel_test, nbconvert) with the kernelspec visible.</summary>
    public static async Task<(int ExitCode, string Output)> PythonAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["JUPYTER_PATH"] = JupyterPath;
        start.Environment["JUPYTER_PLATFORM_DIRS"] = "1"; // silences jupyter_core's deprecation warning
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(Prefix.Value, "runtime");
        start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout.TotalSeconds} s\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
