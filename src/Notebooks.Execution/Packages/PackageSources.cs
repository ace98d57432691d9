namespace Notebooks.Execution.Packages;

/// <summary>Turns <c>#i</c> sources into what NuGet gets: URLs as written, local folders absolute and checked.</summary>
internal static class PackageSources
{
    /// <summary>Resolves each source; local folders are relative to <paramref name="workingDirectory"/> and must exist.</summary>
    /// <returns>All sources in order, and the subset that are local folders.</returns>
    public static (IReadOnlyList<string> All, IReadOnlyList<string> LocalFolders) Resolve(
        IReadOnlyList<string> sources, string workingDirectory)
    {
        var all = new List<string>();
        var local = new List<string>();
        foreach (var raw in sources)
        {
            var source = raw.Trim();
            if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                all.Add(source);
                continue;
            }

            var path = uri is { IsFile: true } ? uri.LocalPath : source;
            var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            // FSharp.DependencyManager fails here too: NuGet would otherwise report a vague NU1301 per package.
            if (!Directory.Exists(full))
            {
                throw new PackageResolutionException(
                    $"Package source folder '{source}' does not exist (looked for '{full}', relative to the notebook folder '{workingDirectory}').");
            }

            all.Add(full);
            local.Add(full);
        }

        return ([.. all.Distinct(StringComparer.Ordinal)], [.. local.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The nearest nuget.config from <paramref name="directory"/> upwards, as NuGet itself would find first.</summary>
    public static string? FindNuGetConfig(string directory)
    {
        var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (current.Exists && current.EnumerateFiles("nuget.config", options).FirstOrDefault() is { } file)
            {
                return file.FullName;
            }
        }

        return null;
    }
}
