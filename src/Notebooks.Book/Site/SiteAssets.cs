using System.Reflection;
using System.Text.RegularExpressions;

namespace Notebooks.Book.Site;

/// <summary>
/// The files every page shares, written once per site under <c>assets/</c>: the book's style and script, KaTeX
/// (vendored in this project, MIT) and plotly.js, taken from the copy Plotly.NET embeds in its assembly, so the site
/// uses exactly the plotly.js the chapters' charts were made for and nothing comes from a CDN.
/// </summary>
internal static partial class SiteAssets
{
    public const string BookCss = "assets/book.css";
    public const string BookJs = "assets/book.js";
    public const string KatexCss = "assets/katex/katex.min.css";
    public const string KatexJs = "assets/katex/katex.min.js";
    private const string Prefix = "Assets/";

    private static readonly Lazy<(Assembly Assembly, string Resource, string Version)> PlotlyScript = new(FindPlotly);

    /// <summary>The site path of plotly.js, e.g. <c>assets/plotly-2.28.0.min.js</c>.</summary>
    public static string PlotlyJs => $"assets/plotly-{PlotlyScript.Value.Version}.min.js";

    /// <summary>The version of plotly.js that Plotly.NET carries.</summary>
    public static string PlotlyVersion => PlotlyScript.Value.Version;

    /// <summary>Writes every asset under <paramref name="siteFolder"/>.</summary>
    public static void Write(string siteFolder)
    {
        var own = typeof(SiteAssets).Assembly;
        foreach (var resource in own.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var relative = "assets/" + resource[Prefix.Length..];
            if (relative.StartsWith("assets/export/", StringComparison.Ordinal)) continue; // the exported app's host, not the site's
            using var stream = own.GetManifestResourceStream(resource)!;
            if (relative == KatexCss)
            {
                // KaTeX lists woff2, woff and ttf for each font; every browser the site targets takes woff2, and only
                // those are shipped, so the fallbacks (which would be broken links) are dropped.
                using var reader = new StreamReader(stream);
                WriteText(siteFolder, relative, FontFallbacks().Replace(reader.ReadToEnd(), ""));
            }
            else
            {
                WriteStream(siteFolder, relative, stream);
            }
        }

        var (assembly, name, _) = PlotlyScript.Value;
        using var plotly = assembly.GetManifestResourceStream(name)!;
        WriteStream(siteFolder, PlotlyJs, plotly);
    }

    private static (Assembly, string, string) FindPlotly()
    {
        var assembly = typeof(global::Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => PlotlyResource().IsMatch(n));
        return (assembly, name, PlotlyResource().Match(name).Groups["version"].Value);
    }

    private static void WriteStream(string siteFolder, string relative, Stream stream)
    {
        var path = Path.Combine(siteFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        stream.CopyTo(file);
    }

    private static void WriteText(string siteFolder, string relative, string text)
    {
        var path = Path.Combine(siteFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [GeneratedRegex(@"^Plotly\.NET\.plotly-(?<version>[0-9.]+)\.min\.js$")]
    private static partial Regex PlotlyResource();

    [GeneratedRegex(@",url\(fonts/[A-Za-z0-9_-]+\.(?:woff|ttf)\) format\(""(?:woff|truetype)""\)")]
    private static partial Regex FontFallbacks();
}
