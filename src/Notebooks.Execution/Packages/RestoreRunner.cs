using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Notebooks.Execution.Packages;

/// <summary>Runs one restore in a fresh project folder and reads back what the SDK resolved.</summary>
internal static partial class RestoreRunner
{
    // Variables a test host or an SDK-launched process sets that would point the child msbuild at the wrong SDK.
    private static readonly string[] InheritedMsBuildVariables =
        ["MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    public static async Task<RestoredAssets> RunAsync(
        IReadOnlyList<PackageRequest> packages,
        IReadOnlyList<string> sources,
        string? nuGetConfigFile,
        bool force,
        PackageResolverOptions options,
        string globalPackagesFolder,
        string projectsDirectory,
        CancellationToken ct)
    {
        // A fresh folder per restore (pid + guid, as FSharp.DependencyManager does) so parallel notebook runs
        // never share obj/ files.
        var projectDirectory = Path.Combine(projectsDirectory, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(projectDirectory);
        try
        {
            var projectPath = Path.Combine(projectDirectory, RestoreProject.ProjectFileName);
            await File.WriteAllTextAsync(projectPath, RestoreProject.Generate(packages, sources, options, globalPackagesFolder), ct);
            var arguments = new List<string>
            {
                "msbuild", projectPath, "-restore", $"-t:{RestoreProject.TargetName}", "-nologo", "-v:q",
                "-nodeReuse:false", "-clp:NoSummary", "-p:UseSharedCompilation=false",
            };
            if (nuGetConfigFile is not null)
            {
                arguments.Add($"-p:RestoreConfigFile={nuGetConfigFile}");
            }

            if (force)
            {
                arguments.Add("-p:RestoreForce=true");
            }

            var (exitCode, output) = await RunProcessAsync(options.ResolveDotnetPath(), arguments, projectDirectory, ct);
            if (exitCode != 0)
            {
                throw RestoreFailed(packages, output);
            }

            return Read(projectDirectory, packages);
        }
        finally
        {
            TryDelete(projectDirectory);
        }
    }

    private static RestoredAssets Read(string projectDirectory, IReadOnlyList<PackageRequest> packages)
    {
        using var assets = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(projectDirectory, "obj", "project.assets.json")));
        var requested = packages.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var resolved = new List<ResolvedPackage>();
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            var name = library.Name[..slash];
            resolved.Add(new ResolvedPackage(name, library.Name[(slash + 1)..], requested.Contains(name)));
        }

        // Asset lines whose id is not a restored package (the framework's targeting pack) are not ours to load.
        var ids = resolved.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var compile = new List<string>();
        var runtime = new List<string>();
        var native = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(projectDirectory, RestoreProject.AssetsFileName)))
        {
            var parts = line.Split('|', 3);
            if (parts.Length != 3 || !ids.Contains(parts[1]))
            {
                continue;
            }

            var list = parts[0] switch { "compile" => compile, "runtime" => runtime, "native" => native, _ => null };
            list?.Add(Path.GetFullPath(parts[2]));
        }

        return new RestoredAssets(
            [.. resolved.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)],
            Distinct(compile), Distinct(runtime), Distinct(native));
    }

    private static List<string> Distinct(List<string> paths) =>
        [.. paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static PackageResolutionException RestoreFailed(IReadOnlyList<PackageRequest> packages, string output)
    {
        var errors = output.Split('\n')
            .Select(l => ErrorLine().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["code"].Value}: {m.Groups["message"].Value.Trim()}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var requested = string.Join(", ", packages.Select(p => p.ToString()));
        var detail = errors.Count > 0 ? string.Join(Environment.NewLine, errors) : output.Trim();
        return new PackageResolutionException(
            $"Restoring {requested} failed:{Environment.NewLine}{detail}", errors.Count > 0 ? errors : [output.Trim()]);
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PackageResolutionException($"Could not start '{fileName}' to restore packages.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PackageResolutionException($"Could not start '{fileName}' to restore packages: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp project costs a few KB; failing the cell for it would be worse.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // "/tmp/x/Project.csproj : error NU1101: Unable to find package Foo. ... [/tmp/x/Project.csproj]"
    [GeneratedRegex(@"\berror (?<code>[A-Z]+\d+)\s*:\s*(?<message>.*?)(?:\s*\[[^\]]*\])?$")]
    private static partial Regex ErrorLine();
}

/// <summary>What one restore produced, before timing and cache flags are attached.</summary>
internal sealed record RestoredAssets(
    IReadOnlyList<ResolvedPackage> Packages,
    IReadOnlyList<string> CompileReferences,
    IReadOnlyList<string> RuntimeAssemblies,
    IReadOnlyList<string> NativeLibraries);
