namespace Notebooks.Execution.Packages;

/// <summary>What a restore produced for one set of requested packages; every path is absolute.</summary>
/// <param name="Packages">Every resolved package (requested and transitive), sorted by name.</param>
/// <param name="CompileReferences">Assemblies to add as Roslyn metadata references (<c>ref/</c> when the package has one, else <c>lib/</c>).</param>
/// <param name="RuntimeAssemblies">Assemblies to load at run time (<c>lib/net10.0</c> or the best lower TFM, or <c>runtimes/&lt;rid&gt;/lib</c>).</param>
/// <param name="NativeLibraries">Native files for the current RID (<c>runtimes/linux-x64/native/*.so</c>), e.g. TorchSharp's libtorch.</param>
/// <param name="Sources">The restore sources added with <c>#i</c>, as resolved (local folders made absolute), for the "Restore sources" display.</param>
/// <param name="Elapsed">Wall time this call took, restore included.</param>
/// <param name="FromCache">True when no restore ran because this run or an earlier one already resolved the same set.</param>
public sealed record PackageResolution(
    IReadOnlyList<ResolvedPackage> Packages,
    IReadOnlyList<string> CompileReferences,
    IReadOnlyList<string> RuntimeAssemblies,
    IReadOnlyList<string> NativeLibraries,
    IReadOnlyList<string> Sources,
    TimeSpan Elapsed,
    bool FromCache)
{
    /// <summary>The requested packages only, sorted by name: what "Installed Packages" shows.</summary>
    public IReadOnlyList<ResolvedPackage> RequestedPackages => [.. Packages.Where(p => p.IsRequested)];

    /// <summary>
    /// Distinct folders holding <see cref="NativeLibraries"/>, for <c>NativeLibrary</c> probing or
    /// <c>LD_LIBRARY_PATH</c>.
    /// </summary>
    public IReadOnlyList<string> NativeLibraryDirectories =>
        [.. NativeLibraries.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal)];
}
