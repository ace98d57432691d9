using Notebooks.Book.Site;

namespace Notebooks.Book;

/// <summary>What <see cref="BookSite.Write"/> produced.</summary>
/// <param name="Folder">The site's folder.</param>
/// <param name="Pages">The pages written, index first (file names relative to <paramref name="Folder"/>).</param>
/// <param name="Claims">Checks shown across all chapters.</param>
/// <param name="FailedClaims">Of those, how many say FAIL.</param>
public sealed record BookSiteResult(string Folder, IReadOnlyList<string> Pages, int Claims, int FailedClaims);

/// <summary>
/// Writes the static site: <c>index.html</c>, one <c>NAME.html</c> per chapter and <c>assets/</c>. Links are relative
/// and nothing is fetched, so the folder works opened from disk or served by any static host.
/// </summary>
public static class BookSite
{
    /// <summary>The file that marks a folder as a book written by this class (and so safe to rewrite).</summary>
    public const string Marker = ".kit-book";

    /// <summary>Writes the site into <paramref name="folder"/>, replacing an earlier book there.</summary>
    /// <exception cref="IOException">The folder holds files but is not a book (no <see cref="Marker"/>): nothing is deleted.</exception>
    public static BookSiteResult Write(string folder, IReadOnlyList<BookChapter> chapters, BookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        options ??= new BookOptions();
        folder = Path.GetFullPath(folder);
        Prepare(folder);
        SiteAssets.Write(folder);

        var rendered = chapters.Select(c => ChapterPage.Render(c, options)).ToList();
        var nav = rendered.Select(r => new PageLayout.NavItem(r.Href, r.Label, r.Title)).ToList();
        var pages = new List<string> { "index.html" };
        for (var i = 0; i < rendered.Count; i++)
        {
            var chapter = rendered[i];
            var main = chapter.Main.Replace("</main>", Pager(rendered, i) + "</main>", StringComparison.Ordinal);
            var page = PageLayout.Page(options.Title, $"{chapter.Title} · {options.Title}", chapter.Href, nav, main,
                ChapterPage.Footer(chapter.Chapter), chapter.HasMath, chapter.Charts > 0);
            File.WriteAllText(Path.Combine(folder, chapter.Href), page);
            pages.Add(chapter.Href);
        }

        var index = PageLayout.Page(options.Title, options.Title, "index.html", nav, IndexPage.Main(rendered, options),
            IndexPage.Footer(rendered), rendered.Any(r => r.SummaryHtml.Contains("class=\"math\"", StringComparison.Ordinal)), hasCharts: false);
        File.WriteAllText(Path.Combine(folder, "index.html"), index);
        var claims = rendered.Sum(r => r.Claims.Count);
        var failed = rendered.Sum(r => r.Claims.Count(c => !c.Check.Passed));
        return new BookSiteResult(folder, pages, claims, failed);
    }

    private static string Pager(List<RenderedChapter> chapters, int i)
    {
        var previous = i > 0 ? $"<a rel=\"prev\" href=\"{chapters[i - 1].Href}\">← {Html.Escape(chapters[i - 1].Label)}</a>" : "<a href=\"index.html\">← Contents</a>";
        var next = i + 1 < chapters.Count ? $"<a rel=\"next\" href=\"{chapters[i + 1].Href}\">{Html.Escape(chapters[i + 1].Label)} →</a>" : "<a href=\"index.html\">Contents →</a>";
        return $"<nav class=\"pager\">{previous}{next}</nav>\n";
    }

    private static void Prepare(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(Path.Combine(folder, Marker)))
            {
                throw new IOException($"{folder} holds files and is not a book written by kit book; choose an empty or new folder.");
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
            }
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "Written by kit book; the next build replaces everything in this folder.\n");
    }
}
