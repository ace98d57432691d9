using System.Collections.Concurrent;
using System.Diagnostics;

namespace Notebooks.Execution.Packages;

/// <summary>
/// Resolves <c>#r "nuget: …"</c> packages for real: restores a generated SDK project with <c>dotnet msbuild
/// -restore</c> and returns the compile references, runtime assemblies and native libraries for this TFM and RID.
/// </summary>
/// <remarks>
/// Results are cached twice: in memory for this resolver (one notebook run restores a set once) and on disk under
/// <c>cacheDirectory</c> across runs. Floating versions skip the disk cache, as .NET Interactive does. Packages found
/// in a local folder source whose global-folder copy differs (a rebuilt DeepMath 0.1.0) are refreshed first.
/// Thread-safe; create one per notebook run.
/// </remarks>
public sealed class PackageResolver
{
    private readonly PackageResolverOptions _options;
    private readonly ResolutionCache _diskCache;
    private readonly string _projectsDirectory;
    private readonly ConcurrentDictionary<string, RestoredAssets> _runCache = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver that keeps its cache and temporary restore projects under <paramref name="cacheDirectory"/>.</summary>
    /// <param name="cacheDirectory">
    /// Folder for cached results and temp projects, e.g. <see cref="DefaultCacheDirectory"/>. Keep it outside any
    /// repository: the generated project switches off Directory.*.props imports, but NuGet would still find a
    /// repository's NuGet.config files above the temp project.
    /// </param>
    /// <param name="options">Framework, RID, dotnet path and cache switches; <see langword="null"/> for the defaults.</param>
    public PackageResolver(string cacheDirectory, PackageResolverOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheDirectory);
        _options = options ?? new PackageResolverOptions();
        var root = Path.GetFullPath(cacheDirectory);
        _diskCache = new ResolutionCache(Path.Combine(root, "results"));
        _projectsDirectory = Path.Combine(root, "projects");
    }

    /// <summary><c>$XDG_CACHE_HOME/deepmath-kit/packages</c>, else <c>~/.cache/deepmath-kit/packages</c>.</summary>
    public static string DefaultCacheDirectory =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "deepmath-kit", "packages");

    /// <summary>The settings this resolver uses.</summary>
    public PackageResolverOptions Options => _options;

    /// <summary>Resolves a whole package set (every package a notebook has asked for so far).</summary>
    /// <param name="packages">The requested packages; one entry per id (differing explicit versions are an error).</param>
    /// <param name="sources">Extra sources from <c>#i</c>, as written: URLs or folders relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">The notebook's folder: base of relative sources and start of the NuGet.config search.</param>
    /// <param name="ct">Cancels the restore (its process is killed).</param>
    /// <exception cref="PackageResolutionException">Bad request, missing source folder, or NuGet failed (its error lines included).</exception>
    public async Task<PackageResolution> ResolveAsync(
        IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, string workingDirectory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        var stopwatch = Stopwatch.StartNew();
        var requests = Validate(packages);
        var (allSources, localFolders) = PackageSources.Resolve(sources, Path.GetFullPath(workingDirectory));
        if (requests.Count == 0)
        {
            return new PackageResolution([], [], [], [], allSources, stopwatch.Elapsed, FromCache: true);
        }

        var globalFolder = _options.ResolveGlobalPackagesFolder();
        var config = _options.NuGetConfigFile ?? PackageSources.FindNuGetConfig(workingDirectory);
        var key = ResolutionCache.Key(requests, allSources, config, _options, globalFolder);
        var refreshed = LocalPackageRefresher.RefreshStale(localFolders, globalFolder).Count > 0;
        var mayUseDisk = _options.UseCrossRunCache && !requests.Any(p => p.IsFloating);

        if (!refreshed && (_runCache.TryGetValue(key, out var cached) || (mayUseDisk && (cached = _diskCache.TryRead(key)) is not null)))
        {
            _runCache[key] = cached;
            return ToResolution(cached, allSources, stopwatch.Elapsed, fromCache: true);
        }

        var restored = await RestoreRunner.RunAsync(
            requests, allSources, config, force: refreshed, _options, globalFolder, _projectsDirectory, ct);
        _runCache[key] = restored;
        if (mayUseDisk)
        {
            _diskCache.Write(key, restored);
        }

        return ToResolution(restored, allSources, stopwatch.Elapsed, fromCache: false);
    }

    private static List<PackageRequest> Validate(IReadOnlyList<PackageRequest> packages)
    {
        var byName = new Dictionary<string, PackageRequest>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in packages)
        {
            if (!NuGetVersionSyntax.IsValidId(package.Name))
            {
                throw new PackageResolutionException($"'{package.Name}' is not a valid NuGet package id.");
            }

            if (!string.IsNullOrWhiteSpace(package.Version) && !NuGetVersionSyntax.IsValidVersionOrRange(package.Version.Trim()))
            {
                throw new PackageResolutionException($"'{package.Version}' is not a valid version for package {package.Name}.");
            }

            byName[package.Name] = byName.TryGetValue(package.Name, out var earlier)
                ? VersionConflicts.Merge(earlier, package, loadedVersion: null)
                : package;
        }

        return [.. byName.Values];
    }

    private static PackageResolution ToResolution(RestoredAssets assets, IReadOnlyList<string> sources, TimeSpan elapsed, bool fromCache) =>
        new(assets.Packages, assets.CompileReferences, assets.RuntimeAssemblies, assets.NativeLibraries, sources, elapsed, fromCache);
}
