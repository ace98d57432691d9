namespace Notebooks.Execution.Packages;

/// <summary>A package NuGet chose during restore.</summary>
/// <param name="Name">Package id as NuGet reports it (its canonical casing), e.g. <c>Newtonsoft.Json</c>.</param>
/// <param name="Version">The resolved, normalised version, e.g. <c>13.0.3</c>.</param>
/// <param name="IsRequested">
/// True for packages a <c>#r "nuget: …"</c> named, false for transitive dependencies. The "Installed Packages"
/// display lists only the requested ones.
/// </param>
public sealed record ResolvedPackage(string Name, string Version, bool IsRequested);
