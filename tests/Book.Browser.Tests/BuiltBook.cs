using System.Collections.Concurrent;
using Microsoft.Playwright;
using Notebooks.Cli.Commands;
using Spectre.Console;
using TestSupport;

namespace Book.Browser.Tests;

/// <summary>
/// The book built once per test run from the chapters in notebooks/ (executing only those whose cells, library
/// build or packages changed since the cache in artifacts/book-cache was filled), served on 127.0.0.1, and one
/// headless chromium (Debian's, which ./kit installs into its runtime) that visits each page once per way of
/// loading it. Screenshots go to artifacts/book-screenshots/.
/// </summary>
public sealed class BuiltBook : IAsyncLifetime
{
    /// <summary>The browser the tests drive: $KIT_CHROMIUM, else Debian's.</summary>
    public static readonly string Chromium = Environment.GetEnvironmentVariable("KIT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // As root chromium needs --no-sandbox; on a closed network the background-networking flags keep it from
    // reaching for Google's services (each attempt would be refused, and some log errors).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly ConcurrentDictionary<(string, bool), Lazy<Task<PageReport>>> _visits = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Root { get; } = RepositoryPaths.Root;

    public string Site => Path.Combine(Root, "artifacts", "book-test", "_site");

    public string Cache => Path.Combine(Root, "artifacts", "book-cache");

    public string Screenshots => Path.Combine(Root, "artifacts", "book-screenshots");

    public int ExitCode { get; private set; }

    public string Log { get; private set; } = "";

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser => _browser!;

    /// <summary>The chapters' names, in reading order, from notebooks/ (known before the book is built, for test data).</summary>
    public static IReadOnlyList<string> ChapterNames { get; } =
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => n!)];

    /// <summary>Every page of the site: the index, then each chapter's.</summary>
    public static TheoryData<string> Pages
    {
        get
        {
            var pages = new TheoryData<string> { "index.html" };
            foreach (var name in ChapterNames) pages.Add(name + ".html");
            return pages;
        }
    }

    public async Task InitializeAsync()
    {
        var log = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(log), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        if (Directory.Exists(Path.GetDirectoryName(Site))) Directory.Delete(Path.GetDirectoryName(Site)!, recursive: true);
        ExitCode = await BookCommand.ExecuteAsync(
            new BookCommandOptions([Path.Combine(Root, "notebooks")], Site, Cache, NoCache: false, Solutions: false, TimeSpan.FromMinutes(10), Parallel: 1),
            console, Root, CancellationToken.None);
        Log = log.ToString();
        Server = new StaticServer(Site);
        Directory.CreateDirectory(Screenshots);
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"No chromium at {Chromium}. ./kit installs Debian's chromium into its runtime (ROOTFS_EXTRA_PACKAGES); elsewhere install it " +
                "(apt-get install chromium) or point KIT_CHROMIUM at a Chromium binary.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Server?.Dispose();
    }

    /// <summary>The address of a page over HTTP or from the file system.</summary>
    public string UrlOf(string page, bool overHttp) => overHttp ? Server.BaseUrl + page : new Uri(Path.Combine(Site, page)).AbsoluteUri;

    /// <summary>Visits <paramref name="page"/> once per way of loading it (later calls get the same report).</summary>
    public Task<PageReport> VisitAsync(string page, bool overHttp) =>
        _visits.GetOrAdd((page, overHttp), key => new Lazy<Task<PageReport>>(() => LoadAsync(key.Item1, key.Item2))).Value;

    private async Task<PageReport> LoadAsync(string pageName, bool overHttp)
    {
        var siteUrl = overHttp ? Server.BaseUrl : new Uri(Site + Path.DirectorySeparatorChar).AbsoluteUri;
        var errors = new List<string>();
        var outside = new List<string>();
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => { lock (errors) errors.Add($"uncaught: {error}"); };
        page.RequestFailed += (_, request) => { lock (errors) errors.Add($"request failed: {request.Url} ({request.Failure})"); };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(siteUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (outside) outside.Add(request.Url);
            }
        };
        page.Response += (_, response) => { if (response.Status >= 400) lock (errors) errors.Add($"HTTP {response.Status}: {response.Url}"); };

        await page.GotoAsync(UrlOf(pageName, overHttp), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true' || c.dataset.failed === 'true')",
            null, new PageWaitForFunctionOptions { Timeout = 180_000, PollingInterval = 250 });
        await page.EvaluateAsync("() => document.fonts.ready");

        var chartsJson = await page.EvaluateAsync<string>(@"() => JSON.stringify([...document.querySelectorAll('.chart')].map(c => ({
            id: c.id,
            drawn: c.dataset.drawn === 'true',
            hasSvg: !!c.querySelector('svg.main-svg'),
            dataTraces: (c.data || []).length,
            drawnTraces: c.querySelectorAll('g.trace, g.hm, g.contour').length
        })))");
        var charts = System.Text.Json.JsonSerializer.Deserialize<ChartState[]>(chartsJson, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        var formulas = await page.EvaluateAsync<int>("() => document.querySelectorAll('.math').length");
        var typeset = await page.EvaluateAsync<int>("() => document.querySelectorAll('.math.typeset > .katex, .math.typeset > .katex-display').length");
        var rawTex = await page.EvaluateAsync<string[]>(@"() => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: n =>
                n.parentElement.closest('pre, code, script, .katex') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
            const found = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (/\$\$|\\\(|\\\)|\\\[|\\\]|\$\\[a-zA-Z]/.test(n.textContent)) found.push(n.textContent.trim().slice(0, 100));
            }
            return found;
        }");
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
        if (overHttp)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, Path.ChangeExtension(pageName, ".png")), FullPage = true });
        }

        lock (errors)
        {
            return new PageReport(pageName, page.Url, [.. errors], [.. outside], charts, formulas, typeset, rawTex, links);
        }
    }
}

[CollectionDefinition("book")]
public sealed class BookCollection : ICollectionFixture<BuiltBook>;
