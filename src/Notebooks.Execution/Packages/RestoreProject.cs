using System.Security;
using System.Text;

namespace Notebooks.Execution.Packages;

/// <summary>
/// The throw-away SDK project a restore runs on, as FSharp.DependencyManager.Nuget does it: one PackageReference per
/// package, then a target that writes the SDK's own resolved compile, runtime and native items to a file, so the
/// asset selection (TFM fallback, RID graph, ref vs lib, framework conflicts) is NuGet's and the SDK's, not ours.
/// </summary>
internal static class RestoreProject
{
    public const string ProjectFileName = "Project.csproj";
    public const string AssetsFileName = "resolved-assets.txt";
    public const string TargetName = "WriteResolvedPackageAssets";

    public static string Generate(
        IReadOnlyList<PackageRequest> packages,
        IReadOnlyList<string> sources,
        PackageResolverOptions options,
        string globalPackagesFolder)
    {
        var xml = new StringBuilder();
        // Explicit Sdk imports so the switches below are set before Sdk.props looks for Directory.Build.props and
        // Directory.Packages.props: the kit's own (central versions, warnings as errors) must not leak in.
        xml.AppendLine("<Project>");
        xml.AppendLine("  <PropertyGroup>");
        xml.AppendLine("    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>");
        xml.AppendLine("    <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>");
        xml.AppendLine("    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>");
        xml.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        xml.AppendLine("  </PropertyGroup>");
        xml.AppendLine("  <Import Project=\"Sdk.props\" Sdk=\"Microsoft.NET.Sdk\" />");
        xml.AppendLine("  <PropertyGroup>");
        xml.AppendLine($"    <TargetFramework>{Escape(options.TargetFramework)}</TargetFramework>");
        // A RID makes the SDK pick runtimes/<rid>/native assets (NativeCopyLocalItems) through NuGet's RID graph.
        xml.AppendLine($"    <RuntimeIdentifier>{Escape(options.RuntimeIdentifier)}</RuntimeIdentifier>");
        xml.AppendLine("    <SelfContained>false</SelfContained>");
        xml.AppendLine("    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>");
        xml.AppendLine("    <EnableDefaultItems>false</EnableDefaultItems>");
        xml.AppendLine($"    <RestorePackagesPath>{Escape(globalPackagesFolder)}</RestorePackagesPath>");
        if (sources.Count > 0)
        {
            xml.AppendLine($"    <RestoreAdditionalProjectSources>{Escape(string.Join(';', sources))}</RestoreAdditionalProjectSources>");
        }

        // NU1603 (next version up taken) and NU1701 (.NET Framework asset used) are normal for notebooks.
        xml.AppendLine("    <NoWarn>$(NoWarn);NU1603;NU1701</NoWarn>");
        xml.AppendLine("  </PropertyGroup>");
        xml.AppendLine("  <ItemGroup>");
        foreach (var package in packages)
        {
            xml.AppendLine($"    <PackageReference Include=\"{Escape(package.Name)}\" Version=\"{Escape(package.EffectiveVersion)}\" />");
        }

        xml.AppendLine("  </ItemGroup>");
        xml.AppendLine("  <Import Project=\"Sdk.targets\" Sdk=\"Microsoft.NET.Sdk\" />");
        xml.AppendLine($"  <Target Name=\"{TargetName}\" DependsOnTargets=\"ResolveReferences\">");
        xml.AppendLine("    <ItemGroup>");
        xml.AppendLine("      <_KitAsset Include=\"compile|%(ReferencePath.NuGetPackageId)|%(ReferencePath.Identity)\" Condition=\"'%(ReferencePath.NuGetPackageId)' != ''\" />");
        xml.AppendLine("      <_KitAsset Include=\"%(ReferenceCopyLocalPaths.AssetType)|%(ReferenceCopyLocalPaths.NuGetPackageId)|%(ReferenceCopyLocalPaths.Identity)\" Condition=\"'%(ReferenceCopyLocalPaths.NuGetPackageId)' != ''\" />");
        xml.AppendLine("    </ItemGroup>");
        xml.AppendLine($"    <WriteLinesToFile File=\"$(MSBuildProjectDirectory)/{AssetsFileName}\" Lines=\"@(_KitAsset)\" Overwrite=\"true\" />");
        xml.AppendLine("  </Target>");
        xml.AppendLine("</Project>");
        return xml.ToString();
    }

    // MSBuild reads '%', '$', '@', ';' and quotes specially; package names and paths must stay literal.
    private static string Escape(string value) =>
        SecurityElement.Escape(value)
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("$", "%24", StringComparison.Ordinal)
            .Replace("@", "%40", StringComparison.Ordinal);
}
