using System.Net;
using System.Text;

namespace Notebooks.Execution.Packages;

/// <summary>
/// The "Installed Packages" block .NET Interactive shows after a restore (InstallPackagesMessage.cs,
/// polyglot-format.md §2): restore sources, then the requested packages only, sorted, as "Name, Version".
/// </summary>
public static class InstalledPackagesMessage
{
    /// <summary>The <c>text/html</c> form, byte-for-byte the shape .NET Interactive displays.</summary>
    public static string ToHtml(PackageResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var html = new StringBuilder("<div><div>");
        if (resolution.Sources.Count > 0)
        {
            html.Append("<strong>Restore sources</strong><ul>");
            foreach (var source in resolution.Sources)
            {
                html.Append("<li><span>").Append(WebUtility.HtmlEncode(source)).Append("</span></li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div><div></div><div><strong>Installed Packages</strong><ul>");
        foreach (var package in Sorted(resolution))
        {
            html.Append("<li><span>").Append(WebUtility.HtmlEncode($"{package.Name}, {package.Version}")).Append("</span></li>");
        }

        return html.Append("</ul></div></div>").ToString();
    }

    /// <summary>The <c>text/plain</c> form: <c>Restore sources</c>, <c> - src</c>, <c>Installed Packages</c>, <c> - Name, Version</c>.</summary>
    public static string ToPlainText(PackageResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var lines = new List<string>();
        if (resolution.Sources.Count > 0)
        {
            lines.Add("Restore sources");
            lines.AddRange(resolution.Sources.Select(s => $" - {s}"));
        }

        lines.Add("Installed Packages");
        lines.AddRange(Sorted(resolution).Select(p => $" - {p.Name}, {p.Version}"));
        return string.Join('\n', lines);
    }

    private static IEnumerable<ResolvedPackage> Sorted(PackageResolution resolution) =>
        resolution.RequestedPackages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase);
}
