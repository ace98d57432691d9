using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Notebooks.Documents;
using Notebooks.Execution.Grading;

namespace Notebooks.Book.Site;

/// <summary>A chapter rendered: its page's body and what the index and the navigation need from it.</summary>
/// <param name="Chapter">The chapter.</param>
/// <param name="Title">The text of its first level-1 heading, else its name.</param>
/// <param name="SummaryHtml">Its first paragraph after the title, as HTML (empty if none).</param>
/// <param name="Sections">Its level-2 headings.</param>
/// <param name="Claims">Every check it printed outside exercises and cells tagged raises-exception.</param>
/// <param name="Main">The page's <c>main</c> element, without the pager.</param>
/// <param name="Charts">How many charts the page draws.</param>
/// <param name="HasMath">True when some prose holds a formula.</param>
internal sealed record RenderedChapter(
    BookChapter Chapter, string Title, string SummaryHtml, IReadOnlyList<Heading> Sections, IReadOnlyList<ChapterClaim> Claims,
    string Main, int Charts, bool HasMath)
{
    /// <summary>The page's file name.</summary>
    public string Href => Chapter.Name + ".html";

    /// <summary>The short label of the top bar: the title up to its colon, e.g. "00 · Foundations".</summary>
    public string Label => Title.Split(':')[0].Trim();
}

/// <summary>Renders one chapter's cells: prose, highlighted code, per-cell run time, outputs.</summary>
internal static class ChapterPage
{
    private const string RaisesTag = "raises-exception";

    public static RenderedChapter Render(BookChapter chapter, BookOptions options)
    {
        var markdown = new MarkdownHtml();
        var outputs = new OutputHtml();
        var claims = new List<ChapterClaim>();
        var body = new StringBuilder();
        var hasMath = false;
        string? summary = null;
        var codeOrdinal = 0;
        foreach (var cell in chapter.Notebook.Cells)
        {
            markdown.Reserve(Anchor(cell));
        }

        foreach (var cell in chapter.Notebook.Cells)
        {
            switch (cell)
            {
                case MarkdownCell:
                    var html = markdown.Render(cell.Source);
                    hasMath |= html.Contains("class=\"math\"", StringComparison.Ordinal);
                    summary ??= Summary(cell.Source);
                    body.Append("<div class=\"cell prose\" id=\"").Append(Anchor(cell)).Append("\">\n").Append(html).Append("</div>\n");
                    break;
                case CodeCell code:
                    var seconds = codeOrdinal < chapter.Run.CellSeconds.Count ? chapter.Run.CellSeconds[codeOrdinal] : null;
                    codeOrdinal++;
                    body.Append(CodeCellHtml(code, seconds, outputs, options, claims));
                    break;
            }
        }

        var title = markdown.Headings.FirstOrDefault(h => h.Level == 1)?.Text ?? chapter.Name;
        var sections = markdown.Headings.Where(h => h.Level == 2).ToList();
        var main = new StringBuilder();
        main.Append("<div class=\"page\">\n<main class=\"chapter\">\n").Append(RunInfo(chapter, claims)).Append(body).Append("</main>\n");
        main.Append("<aside class=\"on-this-page\"><div class=\"toc-title\">On this page</div><ol>");
        foreach (var section in sections)
        {
            main.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Html.Escape(section.Text)).Append("</a></li>");
        }

        main.Append("</ol></aside>\n</div>\n");
        return new RenderedChapter(chapter, title, summary ?? "", sections, claims, main.ToString(), outputs.Charts, hasMath || (summary?.Contains("class=\"math\"", StringComparison.Ordinal) ?? false));
    }

    /// <summary>The id of a cell's element: <c>cell-N</c> with N counted from 1 over all cells, as kit's messages count.</summary>
    public static string Anchor(NotebookCell cell) => $"cell-{cell.Index + 1}";

    private static string CodeCellHtml(CodeCell cell, double? seconds, OutputHtml outputs, BookOptions options, List<ChapterClaim> claims)
    {
        var isExercise = cell.HasTag(ExerciseNotebook.ExerciseTag);
        var isTests = cell.HasTag(ExerciseNotebook.TestsTag);
        var studentView = !options.IncludeSolutions && (isExercise || isTests);
        var source = cell.Source;
        if (studentView)
        {
            static void Ignore(int line, string message) { }
            source = (isExercise ? ExerciseMarkers.StubSolutions(source, Ignore) : ExerciseMarkers.RemoveHidden(source, Ignore, out _)) ?? source;
        }

        var expectedError = cell.HasTag(RaisesTag);
        if (!isExercise && !isTests && !expectedError)
        {
            claims.AddRange(OutputHtml.ChecksOf(cell).Select(c => new ChapterClaim(c, Anchor(cell))));
        }

        var html = new StringBuilder();
        var kind = isExercise ? " exercise" : isTests ? " tests" : "";
        html.Append("<section class=\"cell code-cell").Append(kind).Append("\" id=\"").Append(Anchor(cell)).Append("\">\n")
            .Append("<div class=\"cell-head\"><a class=\"cell-label\" href=\"#").Append(Anchor(cell)).Append("\">In [")
            .Append(cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ").Append("]</a>");
        if (seconds is { } s && !studentView)
        {
            html.Append("<span class=\"cell-time\" title=\"run time of this cell\">").Append(FormatSeconds(s)).Append("</span>");
        }

        html.Append("</div>\n<pre class=\"code\"><code class=\"language-csharp\">").Append(CSharpHighlighter.Highlight(source.TrimEnd()))
            .Append("</code></pre>\n");
        if (studentView)
        {
            html.Append("<div class=\"outputs\"><div class=\"output note\">")
                .Append(isExercise
                    ? "Your turn: write the solution in your copy of the notebook."
                    : "Run this cell in your copy of the notebook: each test prints PASS or FAIL.")
                .Append("</div></div>\n");
        }
        else if (cell.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">\n").Append(outputs.Render(cell, expectedError)).Append("</div>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    private static string RunInfo(BookChapter chapter, List<ChapterClaim> claims)
    {
        var passed = claims.Count(c => c.Check.Passed);
        var verdict = claims.Count == 0 ? "" : passed == claims.Count
            ? $" · <span class=\"summary-pass\">{claims.Count} of {claims.Count} checks pass</span>"
            : $" · <span class=\"summary-fail\">{claims.Count - passed} of {claims.Count} checks fail</span>";
        var failures = chapter.Run.Failures == 0 ? "" : $" · <span class=\"summary-fail\">{chapter.Run.Failures} cell(s) failed</span>";
        return $"<div class=\"run-info\">Executed {Date(chapter.Run.ExecutedAt)} in {FormatSeconds(chapter.Run.TotalSeconds)}{verdict}{failures}</div>\n";
    }

    /// <summary>The footer of a chapter page: when and where it ran.</summary>
    public static string Footer(BookChapter chapter)
    {
        var run = chapter.Run;
        var origin = chapter.FromCache
            ? "Outputs reused from an earlier build: the chapter's cells, library and packages are unchanged."
            : "Outputs executed for this build.";
        var packages = run.Environment.Packages.Count == 0 ? "" :
            $"<details><summary>Packages</summary><p>{Html.Escape(string.Join(", ", run.Environment.Packages))}</p></details>";
        return $"<p>Executed {Date(run.ExecutedAt)} in {FormatSeconds(run.TotalSeconds)} on {Html.Escape(run.Environment.Summary)}. {origin}</p>{packages}";
    }

    public static string Date(DateTimeOffset time) =>
        $"<time datetime=\"{time.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>";

    public static string FormatSeconds(double seconds) => seconds < 10
        ? seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static readonly MarkdownPipeline SummaryPipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // The first paragraph of the first Markdown cell that has a level-1 heading before it: the chapter's subtitle.
    private static string? Summary(string markdown)
    {
        var document = Markdown.Parse(markdown, SummaryPipeline);
        if (document.FirstOrDefault() is not HeadingBlock { Level: 1 }) return null;
        var paragraph = document.OfType<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null) return null;
        var text = markdown.Substring(paragraph.Span.Start, paragraph.Span.Length);
        return Markdown.ToHtml(text, SummaryPipeline).Trim();
    }
}
