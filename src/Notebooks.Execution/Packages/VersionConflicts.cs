namespace Notebooks.Execution.Packages;

/// <summary>.NET Interactive's rule for asking twice for one package id (PackageRestoreContext.cs).</summary>
internal static class VersionConflicts
{
    /// <summary>
    /// Combines an earlier request with a later one for the same id. A floating or missing version reuses the
    /// earlier one; the same explicit version is fine; a different explicit version fails, naming
    /// <paramref name="loadedVersion"/> (what was restored) when known, else the earlier request.
    /// </summary>
    public static PackageRequest Merge(PackageRequest earlier, PackageRequest later, string? loadedVersion)
    {
        if (later.IsFloating || SameVersion(earlier.Version, later.Version) || (loadedVersion is not null && SameVersion(loadedVersion, later.Version)))
        {
            return earlier;
        }

        // Nothing was loaded yet for a floating earlier request, so the explicit one can simply win.
        if (earlier.IsFloating && loadedVersion is null)
        {
            return later;
        }

        var old = loadedVersion ?? earlier.EffectiveVersion;
        throw new PackageResolutionException(
            $"{later.Name} version {later.Version} cannot be added because version {old} was added previously.");
    }

    private static bool SameVersion(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        a = a.Trim();
        b = b.Trim();
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // 13.0 and 13.0.0 name the same package version.
        var exactA = NuGetVersionSyntax.IsExact(a);
        return exactA && NuGetVersionSyntax.IsExact(b) && NuGetVersionSyntax.Normalize(a) == NuGetVersionSyntax.Normalize(b);
    }
}
