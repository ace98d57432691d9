using System.Text;

namespace Notebooks.Book.Site;

/// <summary>The book's front page: the table of contents and, for each chapter, the claims it checked with their verdicts.</summary>
internal static class IndexPage
{
    public static string Main(IReadOnlyList<RenderedChapter> chapters, BookOptions options)
    {
        var claims = chapters.Sum(c => c.Claims.Count);
        var passed = chapters.Sum(c => c.Claims.Count(x => x.Check.Passed));
        var html = new StringBuilder("<div class=\"page index-page\">\n<main class=\"index\">\n");
        html.Append("<h1>").Append(Html.Escape(options.Title)).Append("</h1>\n")
            .Append("<p class=\"lede\">The chapters of the kit, executed. Every claim of the theory that a chapter tests ends in a ")
            .Append("visible check: what was measured, what the theory predicts, and the verdict. Below, each chapter with ")
            .Append("its sections and its checks; the pages show the prose, the code, its outputs and its interactive charts.</p>\n")
            .Append("<p class=\"build\">Built ").Append(ChapterPage.Date(options.BuiltAt)).Append(" · ")
            .Append(chapters.Count).Append(chapters.Count == 1 ? " chapter" : " chapters").Append(" · ")
            .Append(passed == claims
                ? $"<span class=\"summary-pass\">{claims} checks, all pass</span>"
                : $"<span class=\"summary-fail\">{claims - passed} of {claims} checks fail</span>")
            .Append("</p>\n<ol class=\"contents\">\n");
        foreach (var chapter in chapters)
        {
            html.Append(Card(chapter));
        }

        return html.Append("</ol>\n</main>\n</div>\n").ToString();
    }

    public static string Footer(IReadOnlyList<RenderedChapter> chapters)
    {
        var environments = chapters.Select(c => c.Chapter.Run.Environment.Summary).Distinct().ToList();
        var html = new StringBuilder("<p>Executed on ").Append(Html.Escape(string.Join("; ", environments))).Append(".</p>");
        html.Append("<p>Math typeset by KaTeX, charts drawn by plotly.js ").Append(Html.Escape(SiteAssets.PlotlyVersion))
            .Append(", both shipped with these pages: they work offline, from the file system or any static host.</p>");
        return html.ToString();
    }

    private static string Card(RenderedChapter chapter)
    {
        var run = chapter.Chapter.Run;
        var passed = chapter.Claims.Count(c => c.Check.Passed);
        var html = new StringBuilder("<li class=\"chapter-card\">\n");
        html.Append("<h2><a href=\"").Append(chapter.Href).Append("\">").Append(Html.Escape(chapter.Title)).Append("</a></h2>\n");
        if (chapter.SummaryHtml.Length > 0)
        {
            html.Append("<div class=\"summary\">").Append(chapter.SummaryHtml).Append("</div>\n");
        }

        if (chapter.Sections.Count > 0)
        {
            html.Append("<ol class=\"sections\">");
            foreach (var section in chapter.Sections)
            {
                html.Append("<li><a href=\"").Append(chapter.Href).Append('#').Append(section.Id).Append("\">")
                    .Append(Html.Escape(section.Text)).Append("</a></li>");
            }

            html.Append("</ol>\n");
        }

        html.Append("<p class=\"meta\">Executed ").Append(ChapterPage.Date(run.ExecutedAt)).Append(" in ")
            .Append(ChapterPage.FormatSeconds(run.TotalSeconds));
        if (run.Failures > 0) html.Append(" · <span class=\"summary-fail\">").Append(run.Failures).Append(" cell(s) failed</span>");
        html.Append("</p>\n");
        if (chapter.Claims.Count > 0)
        {
            var verdict = passed == chapter.Claims.Count ? $"all {passed} pass" : $"{chapter.Claims.Count - passed} of {chapter.Claims.Count} fail";
            html.Append("<details class=\"claims\" open><summary>Checked claims: ").Append(verdict).Append("</summary>\n<div class=\"checks\">");
            foreach (var claim in chapter.Claims)
            {
                html.Append("<a class=\"claim-link\" href=\"").Append(chapter.Href).Append('#').Append(claim.CellAnchor).Append("\">")
                    .Append(OutputHtml.CheckRow(claim.Check)).Append("</a>");
            }

            html.Append("</div></details>\n");
        }

        return html.Append("</li>\n").ToString();
    }
}
