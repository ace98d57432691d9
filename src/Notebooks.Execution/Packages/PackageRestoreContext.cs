namespace Notebooks.Execution.Packages;

/// <summary>
/// The packages and sources one notebook has asked for so far, accumulated cell by cell, with .NET Interactive's
/// version-conflict rule. Each <see cref="RestoreAsync"/> resolves the whole accumulated set.
/// </summary>
/// <param name="resolver">The run's resolver (its in-memory cache makes repeated sets free).</param>
/// <param name="workingDirectory">The notebook's folder: base of relative <c>#i</c> paths.</param>
public sealed class PackageRestoreContext(PackageResolver resolver, string workingDirectory)
{
    private readonly List<PackageRequest> _packages = [];
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, string> _loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every package requested so far; floating versions are pinned to what the last restore loaded.</summary>
    public IReadOnlyList<PackageRequest> Packages => _packages;

    /// <summary>Every <c>#i</c> source added so far, as written.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>Adds a parsed directive: a package or a source.</summary>
    /// <exception cref="PackageResolutionException">Version conflict, or a local source folder that does not exist.</exception>
    public void Add(PackageDirective directive)
    {
        switch (directive)
        {
            case PackageReferenceDirective reference:
                AddPackage(reference.Package);
                break;
            case PackageSourceDirective source:
                AddSource(source.Source);
                break;
            default:
                throw new ArgumentException($"Unknown directive {directive}.", nameof(directive));
        }
    }

    /// <summary>Adds a package; a floating or missing version reuses an already added one.</summary>
    /// <returns>The request that will be restored for this id.</returns>
    /// <exception cref="PackageResolutionException">
    /// "{Name} version {v} cannot be added because version {old} was added previously."
    /// </exception>
    public PackageRequest AddPackage(PackageRequest package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var index = _packages.FindIndex(p => string.Equals(p.Name, package.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _packages.Add(package);
            return package;
        }

        var merged = VersionConflicts.Merge(_packages[index], package, _loaded.GetValueOrDefault(package.Name));
        _packages[index] = merged;
        return merged;
    }

    /// <summary>Adds a restore source; a local folder is checked now so the <c>#i</c> cell itself fails.</summary>
    /// <exception cref="PackageResolutionException">The local folder does not exist.</exception>
    public void AddSource(string source)
    {
        PackageSources.Resolve([source], Path.GetFullPath(workingDirectory));
        if (!_sources.Contains(source, StringComparer.Ordinal))
        {
            _sources.Add(source);
        }
    }

    /// <summary>Restores everything added so far (free when nothing changed since the last call).</summary>
    public async Task<PackageResolution> RestoreAsync(CancellationToken ct = default)
    {
        var resolution = await resolver.ResolveAsync(_packages, _sources, workingDirectory, ct);
        foreach (var package in resolution.Packages.Where(p => p.IsRequested))
        {
            _loaded[package.Name] = package.Version;
        }

        // Later cells keep what was loaded, as .NET Interactive does, instead of floating again.
        for (var i = 0; i < _packages.Count; i++)
        {
            if (_packages[i].IsFloating && _loaded.TryGetValue(_packages[i].Name, out var version))
            {
                _packages[i] = _packages[i] with { Version = version };
            }
        }

        return resolution;
    }
}
