namespace Notebooks.Execution.Packages;

/// <summary>One package a notebook asked for with <c>#r "nuget: Name, Version"</c>.</summary>
/// <param name="Name">Package id as written, e.g. <c>Newtonsoft.Json</c>; NuGet ids compare case-insensitively.</param>
/// <param name="Version">
/// Version or range as written (<c>13.0.3</c>, <c>[1.0,2.0)</c>, <c>*-*</c>); <see langword="null"/> for "latest stable",
/// which restores as <c>*</c> like .NET Interactive does.
/// </param>
public sealed record PackageRequest(string Name, string? Version)
{
    /// <summary>
    /// True when the version floats (<c>*</c>, <c>1.*</c>, <c>*-*</c>) or is missing, so the result may change as the
    /// feed changes: such requests never use the cross-run cache.
    /// </summary>
    public bool IsFloating => string.IsNullOrWhiteSpace(Version) || Version.Contains('*', StringComparison.Ordinal);

    /// <summary>The version written into the restore project: the requested one, or <c>*</c> when none was given.</summary>
    public string EffectiveVersion => string.IsNullOrWhiteSpace(Version) ? "*" : Version.Trim();

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name}, {Version}";
}
