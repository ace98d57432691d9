using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Book.Browser.Tests;

// One built book and one browser for the whole collection; each page is loaded once over HTTP and once from disk.
[Collection("book")]
public sealed class SiteTests(BuiltBook book)
{
    private void BookBuilt() => Assert.True(book.ExitCode == 0, $"kit book exited {book.ExitCode}:\n{book.Log}");

    [Fact]
    public void kit_book_builds_a_page_for_every_chapter()
    {
        BookBuilt();
        Assert.All(BuiltBook.ChapterNames, name => Assert.True(File.Exists(Path.Combine(book.Site, name + ".html")), name));
        Assert.Contains($"{BuiltBook.ChapterNames.Count} chapter(s)", book.Log);
    }

    [Theory]
    [MemberData(nameof(BuiltBook.Pages), MemberType = typeof(BuiltBook))]
    public async Task the_page_loads_from_a_static_host_without_console_errors_or_requests_outside_the_site(string page)
    {
        BookBuilt();
        var report = await book.VisitAsync(page, overHttp: true);
        Assert.Empty(report.Errors);
        Assert.Empty(report.OutsideRequests);
        Assert.True(File.Exists(Path.Combine(book.Screenshots, Path.ChangeExtension(page, ".png"))));
    }

    [Theory]
    [MemberData(nameof(BuiltBook.Pages), MemberType = typeof(BuiltBook))]
    public async Task the_page_works_opened_from_the_file_system(string page)
    {
        BookBuilt();
        var report = await book.VisitAsync(page, overHttp: false);
        Assert.StartsWith("file://", report.Url);
        Assert.Empty(report.Errors);
        Assert.Empty(report.OutsideRequests);
        Assert.All(report.Charts, chart => Assert.True(chart.Drawn && chart.HasSvg, chart.Id));
        Assert.Equal(report.Formulas, report.Typeset);
    }

    [Theory]
    [MemberData(nameof(BuiltBook.Pages), MemberType = typeof(BuiltBook))]
    public async Task every_chart_draws_its_svg_with_its_traces(string page)
    {
        BookBuilt();
        var report = await book.VisitAsync(page, overHttp: true);
        var figures = Regex.Count(File.ReadAllText(Path.Combine(book.Site, page)), "<div class=\"chart\"");
        Assert.Equal(figures, report.Charts.Count);
        Assert.All(report.Charts, chart =>
        {
            Assert.True(chart.Drawn, $"{chart.Id} was not drawn");
            Assert.True(chart.HasSvg, $"{chart.Id} has no svg");
            Assert.True(chart.DataTraces > 0 && chart.DrawnTraces > 0, $"{chart.Id}: {chart.DataTraces} traces in its data, {chart.DrawnTraces} drawn");
        });
        if (page != "index.html" && figures == 0)
        {
            Assert.DoesNotContain("assets/plotly", File.ReadAllText(Path.Combine(book.Site, page)));
        }
    }

    [Theory]
    [MemberData(nameof(BuiltBook.Pages), MemberType = typeof(BuiltBook))]
    public async Task math_is_typeset_and_no_raw_tex_is_left(string page)
    {
        BookBuilt();
        var report = await book.VisitAsync(page, overHttp: true);
        Assert.Equal(report.Formulas, report.Typeset);
        Assert.Empty(report.RawTex);
        if (page != "index.html") Assert.True(report.Formulas > 0, "a chapter without a single formula is unlikely: is math detected?");
    }

    [Theory]
    [MemberData(nameof(BuiltBook.Pages), MemberType = typeof(BuiltBook))]
    public async Task every_link_inside_the_site_leads_to_a_page_and_its_anchor(string page)
    {
        BookBuilt();
        var report = await book.VisitAsync(page, overHttp: true);
        var self = File.ReadAllText(Path.Combine(book.Site, page));
        foreach (var href in report.Links.Where(h => !h.Contains("://", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal)))
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
            var target = path.Length == 0 ? self : File.Exists(Path.Combine(book.Site, path)) ? File.ReadAllText(Path.Combine(book.Site, path)) : null;
            Assert.True(target is not null, $"{page}: the link {href} leads to no page of the site");
            if (fragment.Length > 0) Assert.True(target.Contains($"id=\"{fragment}\"", StringComparison.Ordinal), $"{page}: the link {href} leads to no element");
        }
    }

    [Fact]
    public async Task a_reader_walks_from_the_contents_through_every_chapter_and_back()
    {
        BookBuilt();
        await using var context = await book.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(book.UrlOf("index.html", overHttp: true));
        var visited = new List<string>();
        await page.Locator(".chapter-card h2 a").First.ClickAsync();
        while (true)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            visited.Add(Path.GetFileNameWithoutExtension(new Uri(page.Url).AbsolutePath));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var next = page.Locator("nav.pager a[rel=next]");
            if (await next.CountAsync() == 0) break;
            await next.ClickAsync();
        }

        Assert.Equal(BuiltBook.ChapterNames, visited);
        await page.Locator("nav.pager a", new PageLocatorOptions { HasText = "Contents" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.EndsWith("/index.html", page.Url);
    }

    [Fact]
    public async Task the_contents_show_each_chapter_with_its_verdicts()
    {
        BookBuilt();
        await using var context = await book.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(book.UrlOf("index.html", overHttp: true));
        Assert.Equal(BuiltBook.ChapterNames.Count, await page.Locator(".chapter-card").CountAsync());
        var verdicts = await page.Locator(".chapter-card .check .verdict").AllInnerTextsAsync();
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Equal("PASS", v));
    }
}
