using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Notebooks.Book.Site;

/// <summary>A heading of a chapter: its level (1 for the title), its text and the id it links to.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">The heading's text without Markdown.</param>
/// <param name="Id">The element id, unique in its page.</param>
internal sealed record Heading(int Level, string Text, string Id);

/// <summary>
/// Renders a notebook's Markdown cells with Markdig (advanced extensions, the same pipeline as the kernel's
/// Markdown cells). Math stays as Markdig emits it, <c>&lt;span class="math"&gt;\(…\)&lt;/span&gt;</c> and
/// <c>&lt;div class="math"&gt;\[…\]&lt;/div&gt;</c>, which the site's script typesets with KaTeX; Markdig already
/// keeps Markdown out of the formulas (an <c>_</c> in <c>$x_1$</c> is no emphasis).
/// </summary>
/// <remarks>One instance per page: it keeps heading ids unique across the page's cells.</remarks>
internal sealed partial class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Every heading rendered so far, in page order.</summary>
    public List<Heading> Headings { get; } = [];

    /// <summary>Reserves an id (say, a cell's anchor) so that no heading takes it.</summary>
    public void Reserve(string id) => _ids.Add(id);

    /// <summary>Renders one cell's Markdown to HTML.</summary>
    public string Render(string markdown)
    {
        // Display math first, as Jupyter does: a $$ … $$ formula that spans lines is one formula even where a line
        // of it would read as Markdown (a line starting "+ " would otherwise open a list and cut the formula).
        var formulas = new List<string>();
        markdown = DisplayMath().Replace(markdown, m =>
        {
            if (m.Groups["code"].Success) return m.Value;
            formulas.Add(m.Groups["tex"].Value);
            return Placeholder(formulas.Count - 1);
        });
        // Inline math may wrap onto the next line of the source, as Jupyter allows; Markdig's inline math stops at
        // the line's end, so the line break inside a formula becomes a space.
        markdown = JoinWrappedInlineMath(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var node in document.Descendants())
        {
            if (node is HeadingBlock heading)
            {
                var attributes = heading.GetAttributes();
                var id = Unique(string.IsNullOrEmpty(attributes.Id) ? "section" : attributes.Id);
                attributes.Id = id;
                Headings.Add(new Heading(heading.Level, PlainText(heading.Inline), id));
            }
            else if (node is LinkInline { IsImage: false, Url: { } url } link)
            {
                link.Url = ChapterLink(url);
            }
        }

        var html = document.ToHtml(Pipeline);
        for (var i = 0; i < formulas.Count; i++)
        {
            html = html.Replace(Placeholder(i), $"<span class=\"math display\">\\[{Html.Escape(formulas[i].Trim())}\\]</span>", StringComparison.Ordinal);
        }

        return html;
    }

    private static string Placeholder(int i) => $"KITDISPLAYMATH{i}X";

    // Code (fenced or inline) is matched first so that a $$ inside it stays code.
    [GeneratedRegex(@"(?<code>```[\s\S]*?```|`[^`\n]*`)|\$\$(?<tex>[\s\S]+?)\$\$")]
    private static partial Regex DisplayMath();

    /// <summary>Pairs the single <c>$</c> of each paragraph in order, as Jupyter does, and turns line breaks inside a pair into spaces.</summary>
    internal static string JoinWrappedInlineMath(string markdown)
    {
        var text = new System.Text.StringBuilder(markdown);
        int? open = null;
        foreach (Match token in MathTokens().Matches(markdown))
        {
            if (token.Groups["code"].Success || token.Value == "$$") continue;
            if (token.Value != "$") { open = null; continue; }         // a blank line ends the paragraph
            if (open is not int start) { open = token.Index; continue; }
            for (var i = start; i < token.Index; i++)
                if (text[i] == '\n') text[i] = ' ';
            open = null;
        }

        return text.ToString();
    }

    // Code (fenced or inline) first, so a $ inside it is no delimiter; then $$, $, and blank lines.
    [GeneratedRegex(@"(?<code>```[\s\S]*?```|`[^`\n]*`)|\$\$|\$|\n[ \t]*\n")]
    private static partial Regex MathTokens();

    /// <summary>A link to another chapter's notebook (<c>01-approximation.ipynb#x</c>) becomes a link to its page.</summary>
    public static string ChapterLink(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[hash..];
        if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        return name + ".html" + fragment;
    }

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return string.Empty;
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case Markdig.Extensions.Mathematics.MathInline math: text.Append(math.Content.ToString()); break;
            }
        }

        return text.ToString().Trim();
    }
}
