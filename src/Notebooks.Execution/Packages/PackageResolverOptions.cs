using System.Runtime.InteropServices;

namespace Notebooks.Execution.Packages;

/// <summary>Settings of a <see cref="PackageResolver"/>; the defaults suit a notebook run on this machine.</summary>
public sealed record PackageResolverOptions
{
    /// <summary>Target framework the packages are restored for; <c>net10.0</c>, the framework the kit runs on.</summary>
    public string TargetFramework { get; init; } = "net10.0";

    /// <summary>Runtime identifier whose native assets are selected; defaults to this process's, e.g. <c>linux-x64</c>.</summary>
    public string RuntimeIdentifier { get; init; } = RuntimeInformation.RuntimeIdentifier;

    /// <summary>
    /// The <c>dotnet</c> executable that runs the restore; defaults to the host running this process, else
    /// <c>DOTNET_HOST_PATH</c>, else <c>dotnet</c> on the PATH.
    /// </summary>
    public string? DotnetPath { get; init; }

    /// <summary>
    /// NuGet's global packages folder; defaults to <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>. Passed to the
    /// restore explicitly so that the stale-copy check and NuGet agree on the folder.
    /// </summary>
    public string? GlobalPackagesFolder { get; init; }

    /// <summary>
    /// A NuGet.config to restore with instead of the one found from the notebook's folder upwards (NuGet's user
    /// config when there is none). Tests use it to make the network sources unreachable.
    /// </summary>
    public string? NuGetConfigFile { get; init; }

    /// <summary>Whether results may be read from and written to the cross-run cache; true by default.</summary>
    public bool UseCrossRunCache { get; init; } = true;

    internal string ResolveGlobalPackagesFolder() =>
        Path.GetFullPath(GlobalPackagesFolder
            ?? (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")));

    internal string ResolveDotnetPath()
    {
        if (DotnetPath is not null)
        {
            return DotnetPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath : "dotnet";
    }
}
