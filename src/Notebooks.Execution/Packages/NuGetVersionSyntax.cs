using System.Text.RegularExpressions;

namespace Notebooks.Execution.Packages;

/// <summary>
/// The NuGet id and version grammar we check before restoring. NuGet itself rejects a bad version only with
/// "RestoreTask returned false but did not log an error" (MSB4181), which tells a reader nothing.
/// </summary>
internal static partial class NuGetVersionSyntax
{
    private const string Label = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
    private const string Version = "\\d+(?:\\.\\d+){0,3}(?:-" + Label + ")?(?:\\+" + Label + ")?";

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static bool IsExact(string version) => ExactPattern().IsMatch(version);

    public static bool IsValidVersionOrRange(string version) =>
        ExactPattern().IsMatch(version) || FloatingPattern().IsMatch(version)
        || FloatingPrereleasePattern().IsMatch(version) || RangePattern().IsMatch(version);

    /// <summary>
    /// NuGet's normalised form, as used for folder names in the global packages folder: build metadata dropped,
    /// at least three parts, a zero fourth part dropped, lowercase.
    /// </summary>
    public static string Normalize(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var core = plus < 0 ? version : version[..plus];
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var release = dash < 0 ? core : core[..dash];
        var suffix = dash < 0 ? string.Empty : core[dash..];
        var parts = release.Split('.').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        while (parts.Count < 3)
        {
            parts.Add("0");
        }

        if (parts.Count == 4 && parts[3] == "0")
        {
            parts.RemoveAt(3);
        }

        return (string.Join('.', parts) + suffix).ToLowerInvariant();
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^" + Version + "$")]
    private static partial Regex ExactPattern();

    // *, *-*, 1.*, 1.2.*-*, 1.2.3.*
    [GeneratedRegex("^(?:\\*|\\d+(?:\\.\\d+){0,2}\\.\\*)(?:-\\*)?$")]
    private static partial Regex FloatingPattern();

    // 1.2.3-*, 1.2.3-beta*, 1.2.3-beta.*
    [GeneratedRegex("^\\d+(?:\\.\\d+){0,3}-[0-9A-Za-z.-]*\\*$")]
    private static partial Regex FloatingPrereleasePattern();

    // [1.0], [1.0,2.0), (,2.0], [1.0,)
    [GeneratedRegex("^[\\[(]\\s*(?:" + Version + ")?\\s*(?:,\\s*(?:" + Version + ")?\\s*)?[\\])]$")]
    private static partial Regex RangePattern();
}
