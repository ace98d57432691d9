using System.Text.RegularExpressions;
using Notebooks.Book;

namespace Notebooks.Book.Tests;

public sealed class BookSiteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("book-site-").FullName, "_site");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    private BookSiteResult Write(bool solutions = false)
    {
        var first = Chapters.Chapter(Chapters.Foundations());
        var second = Chapters.Chapter(Chapters.Foundations("/book/01-approximation.ipynb"), fromCache: true);
        second.Notebook.Cells[0].Source = "# 01 · Approximation: what networks can represent\n\n*Depth and width.*";
        return BookSite.Write(_folder, [first, second], new BookOptions { IncludeSolutions = solutions });
    }

    private string Page(string name) => File.ReadAllText(Path.Combine(_folder, name));

    [Fact]
    public void the_site_has_an_index_a_page_per_chapter_and_its_assets_once()
    {
        var result = Write();
        Assert.Equal(["index.html", "00-foundations.html", "01-approximation.html"], result.Pages);
        foreach (var asset in new[] { "assets/book.css", "assets/book.js", "assets/katex/katex.min.js", "assets/katex/katex.min.css",
                     "assets/katex/fonts/KaTeX_Main-Regular.woff2", "assets/katex/LICENSE" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, asset)), asset);
        }

        var plotly = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "assets"), "plotly-*.min.js"));
        Assert.True(new FileInfo(plotly).Length > 1_000_000);
        Assert.Contains("<script src=\"assets/" + Path.GetFileName(plotly) + "\"></script>", Page("00-foundations.html"));
        Assert.DoesNotContain("<script src=\"assets/plotly", Page("index.html"));
    }

    [Fact]
    public void no_page_or_stylesheet_reaches_outside_the_site()
    {
        Write();
        foreach (var file in Directory.GetFiles(_folder, "*.html").Concat(Directory.GetFiles(_folder, "*.css", SearchOption.AllDirectories)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//"), text);
            Assert.DoesNotMatch(new Regex(@"url\((https?:)?//"), text);
            foreach (Match link in Regex.Matches(text, @"(?:src|href)=""(?!data:)([^""#]+)[^""]*"""))
            {
                Assert.True(File.Exists(Path.Combine(_folder, link.Groups[1].Value)), $"{Path.GetFileName(file)} links to {link.Groups[1].Value}, which the site lacks");
            }

            foreach (Match font in Regex.Matches(text, @"url\((fonts/[^)]+)\)"))
            {
                Assert.True(File.Exists(Path.Combine(_folder, "assets/katex", font.Groups[1].Value)), font.Value);
            }
        }
    }

    [Fact]
    public void the_index_lists_chapters_sections_and_checked_claims_with_verdicts()
    {
        var result = Write();
        var index = Page("index.html");
        Assert.Contains("<a href=\"00-foundations.html\">00 · Foundations: networks as functions</a>", index);
        Assert.Contains("<a href=\"01-approximation.html\">01 · Approximation: what networks can represent</a>", index);
        Assert.Contains("href=\"00-foundations.html#networks\"", index);
        Assert.Contains("href=\"00-foundations.html#cell-5\"><div class=\"check pass\"><span class=\"verdict\">PASS</span><span class=\"claim\">Φ is continuous</span>", index);
        Assert.Contains("<em>What a network is, with <span class=\"math\">\\(x_1\\)</span>", index);
        // The deliberately false claim of a raises-exception cell is shown on its page, not counted as a claim.
        Assert.DoesNotContain("a deliberately false claim", index);
        Assert.Equal((4, 0), (result.Claims, result.FailedClaims));
    }

    [Fact]
    public void a_chapter_page_shows_prose_code_outputs_times_charts_and_where_it_ran()
    {
        Write();
        var page = Page("00-foundations.html");
        Assert.Contains("<h1 id=", page);
        Assert.Contains("<span class=\"k\">var</span> net", page);
        Assert.Contains("<pre class=\"output result\">ReLU 1 → 16 → 1</pre>", page);
        Assert.Contains("<span class=\"cell-time\" title=\"run time of this cell\">1.50 s</span>", page);
        Assert.Contains("class=\"chart\"", page);
        Assert.Contains("Expected error", page);
        Assert.Contains("Debian GNU/Linux 13 (trixie), .NET 10.0.0, Test CPU (2 cores)", page);
        Assert.Contains("<time datetime=\"2026-12-05T18:53:00Z\">2026-12-05 18:53 UTC</time>", page);
        Assert.Contains("executed for this build", page);
        Assert.Contains("reused from an earlier build", Page("01-approximation.html"));
        Assert.Contains("href=\"01-approximation.html#intro\"", page);
        Assert.Contains("assets/katex/katex.min.js", page);
    }

    [Fact]
    public void pages_link_to_each_other_in_reading_order()
    {
        Write();
        var first = Page("00-foundations.html");
        var second = Page("01-approximation.html");
        Assert.Contains("<a rel=\"next\" href=\"01-approximation.html\">01 · Approximation →</a>", first);
        Assert.Contains("<a rel=\"prev\" href=\"00-foundations.html\">← 00 · Foundations</a>", second);
        Assert.Contains("<a href=\"00-foundations.html\" aria-current=\"page\"", first);
        Assert.Contains("<a class=\"home\" href=\"index.html\">", second);
    }

    [Fact]
    public void readers_see_exercises_as_students_get_them_and_instructors_can_see_solutions()
    {
        Write();
        var page = Page("00-foundations.html");
        Assert.DoesNotContain("the secret solution", page);
        Assert.DoesNotContain("the hidden test", page);
        Assert.Contains("<span class=\"k\">throw</span> <span class=\"k\">new</span> <span class=\"t\">NotImplementedException</span>();", page);
        Assert.Contains("Your turn", page);

        Write(solutions: true);
        var instructors = Page("00-foundations.html");
        Assert.Contains("the secret solution", instructors);
        Assert.Contains("PASS the hidden test", instructors);
    }

    [Fact]
    public void a_folder_that_is_not_a_book_is_never_overwritten_and_a_book_is_replaced_whole()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "thesis.tex"), "precious");
        Assert.Throws<IOException>(() => Write());
        Assert.Equal("precious", File.ReadAllText(Path.Combine(_folder, "thesis.tex")));

        File.Delete(Path.Combine(_folder, "thesis.tex"));
        Write();
        File.WriteAllText(Path.Combine(_folder, "stale.html"), "old");
        Write();
        Assert.False(File.Exists(Path.Combine(_folder, "stale.html")));
    }
}
