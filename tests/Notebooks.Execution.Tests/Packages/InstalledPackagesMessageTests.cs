using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Tests.Packages;

public sealed class InstalledPackagesMessageTests
{
    private static readonly PackageResolution Resolution = new(
        [new ResolvedPackage("TorchSharp-cpu", "0.107.0", true), new ResolvedPackage("Google.Protobuf", "3.21.9", false), new ResolvedPackage("DeepMath", "0.1.0", true)],
        [], [], [], ["/work/artifacts/packages"], TimeSpan.FromSeconds(2), FromCache: false);

    [Fact]
    public void html_lists_sources_then_only_the_requested_packages_sorted()
    {
        Assert.Equal(
            "<div><div><strong>Restore sources</strong><ul><li><span>/work/artifacts/packages</span></li></ul></div><div></div>"
            + "<div><strong>Installed Packages</strong><ul><li><span>DeepMath, 0.1.0</span></li><li><span>TorchSharp-cpu, 0.107.0</span></li></ul></div></div>",
            InstalledPackagesMessage.ToHtml(Resolution));
    }

    [Fact]
    public void html_without_sources_keeps_the_empty_sources_block()
    {
        var html = InstalledPackagesMessage.ToHtml(Resolution with { Sources = [] });

        Assert.StartsWith("<div><div></div><div></div><div><strong>Installed Packages</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void plain_text_uses_dash_lines()
    {
        Assert.Equal(
            "Restore sources\n - /work/artifacts/packages\nInstalled Packages\n - DeepMath, 0.1.0\n - TorchSharp-cpu, 0.107.0",
            InstalledPackagesMessage.ToPlainText(Resolution));
    }
}
