namespace DeepMath.Data;

/// <summary>Finds files under the kit's <c>data/</c> folder from wherever a notebook, test or tool happens to run.</summary>
/// <remarks>
/// Search order: if the environment variable <see cref="OverrideVariable"/> is set, only that folder (it plays the
/// role of <c>data/</c>); otherwise every ancestor of the current directory, then every ancestor of
/// <see cref="AppContext.BaseDirectory"/>, looking for <c>data/&lt;relative path&gt;</c>.
/// </remarks>
public static class DataFiles
{
    /// <summary>The environment variable that names the data folder explicitly: <c>DEEPMATH_DATA_DIR</c>.</summary>
    public const string OverrideVariable = "DEEPMATH_DATA_DIR";

    /// <summary>The full path of a file in the data folder.</summary>
    /// <param name="relativePath">Path below <c>data/</c>, e.g. "digits/digits.csv.gz".</param>
    /// <returns>The absolute path of the first match.</returns>
    /// <exception cref="FileNotFoundException">When no candidate exists; the message lists every place searched.</exception>
    public static string Find(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var candidates = Candidates(relativePath).ToList();
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is not null) return found;
        var how = Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } dir
            ? $"{OverrideVariable} is set to '{dir}', which is searched alone."
            : $"Searched upwards from the current directory and from the application directory; set {OverrideVariable} to the data folder to choose it.";
        throw new FileNotFoundException(
            $"Could not find data file '{relativePath}'. {how} Looked in:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", candidates), relativePath);
    }

    private static IEnumerable<string> Candidates(string relativePath)
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } overrideDir)
        {
            yield return Path.GetFullPath(Path.Combine(overrideDir, relativePath));
            yield break;
        }
        var seen = new HashSet<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", relativePath);
                if (seen.Add(candidate)) yield return candidate;
            }
    }
}
