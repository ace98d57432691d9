using System.CommandLine;
using System.Diagnostics;
using Notebooks.Book;
using Notebooks.Book.Cache;
using Notebooks.Cli.Progress;
using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>What `kit book` was asked to do.</summary>
/// <param name="Paths">Notebooks or folders; empty for <c>notebooks/</c>.</param>
/// <param name="OutputDirectory">Where the site goes.</param>
/// <param name="CacheDirectory">Where executed chapters are kept between builds.</param>
/// <param name="NoCache">Execute every chapter even when its stored outputs are current.</param>
/// <param name="Solutions">Show exercise solutions, hidden tests and their results (an instructor's copy).</param>
/// <param name="CellTimeout">Limit per cell.</param>
/// <param name="Parallel">How many chapters execute at once.</param>
public sealed record BookCommandOptions(
    IReadOnlyList<string> Paths, string OutputDirectory, string CacheDirectory, bool NoCache, bool Solutions, TimeSpan CellTimeout, int Parallel);

/// <summary>`kit book [PATH ...] [--output-dir DIR] [--cache-dir DIR] [--no-cache] [--solutions]`: the static site of the executed chapters.</summary>
public static class BookCommand
{
    /// <summary>The site's folder when none is given.</summary>
    public const string DefaultOutput = "_site";

    /// <summary>The cache's folder when none is given (under artifacts/, which git ignores).</summary>
    public static readonly string DefaultCache = Path.Combine("artifacts", "book-cache");

    private static readonly Argument<string[]> PathsArgument = NotebookInputs.PathsArgument();

    private static readonly Option<string> OutputDirOption = new("--output-dir")
    {
        Description = $"Write the site into DIR (default {DefaultOutput}; an earlier book there is replaced, any other non-empty folder refused)",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutput,
    };

    private static readonly Option<string> CacheDirOption = new("--cache-dir")
    {
        Description = $"Keep executed chapters in DIR between builds (default {DefaultCache})",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultCache,
    };

    private static readonly Option<bool> NoCacheOption = new("--no-cache") { Description = "Execute every chapter, even those whose stored outputs are current" };

    private static readonly Option<bool> SolutionsOption = new("--solutions") { Description = "Show the exercises' solutions, hidden tests and results (an instructor's copy)" };

    private static readonly Option<int> TimeoutOption = CommandOptions.Timeout("Stop a cell that runs longer than SECONDS (default 600)", 600);

    private static readonly Option<int> ParallelOption = CommandOptions.Parallel("Execute N chapters at once, each in its own process (default 1)");

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("book", "Execute the chapters (or reuse current outputs) and write them as a static HTML site")
        {
            PathsArgument, OutputDirOption, CacheDirOption, NoCacheOption, SolutionsOption, TimeoutOption, ParallelOption,
        };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () => ExecuteAsync(
            new BookCommandOptions(
                parsed.GetValue(PathsArgument) ?? [],
                parsed.GetValue(OutputDirOption) ?? DefaultOutput,
                parsed.GetValue(CacheDirOption) ?? DefaultCache,
                parsed.GetValue(NoCacheOption),
                parsed.GetValue(SolutionsOption),
                TimeSpan.FromSeconds(parsed.GetValue(TimeoutOption)),
                parsed.GetValue(ParallelOption)),
            console, Directory.GetCurrentDirectory(), ct)));
        return command;
    }

    /// <summary>
    /// Loads every notebook and checks the output folder first (bad input: exit 2, nothing run or written), reuses
    /// each chapter's stored outputs when its cells, library build and package versions are unchanged, executes the
    /// others, and writes the site. Exit 0 when every cell succeeded and every check passed; 1 when a cell failed or a
    /// check says FAIL (the site is written all the same, showing the failure).
    /// </summary>
    public static async Task<int> ExecuteAsync(BookCommandOptions options, IAnsiConsole console, string workingDirectory, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var notebooks = NotebookInputs.LoadAll(options.Paths, workingDirectory);
        var names = notebooks.Select(n => Path.GetFileNameWithoutExtension(n.Path!)).ToList();
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new UsageException($"two chapters are named {duplicate.Key}: their pages would collide");
        }

        var output = Path.GetFullPath(options.OutputDirectory, workingDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, BookSite.Marker)))
        {
            throw new UsageException($"{options.OutputDirectory}: the folder holds files and is not a book written by kit book; choose an empty or new folder");
        }

        var cache = new ExecutionCache(Path.GetFullPath(options.CacheDirectory, workingDirectory));
        var resolver = new PackageResolver(PackageResolver.DefaultCacheDirectory);
        var engine = CacheKey.EngineFingerprint();
        var chapters = new BookChapter?[notebooks.Count];
        var keys = new string?[notebooks.Count];
        var packages = new IReadOnlyList<string>[notebooks.Count];
        for (var i = 0; i < notebooks.Count; i++)
        {
            (keys[i], packages[i]) = await KeyAsync(notebooks[i], resolver, engine, console, ct);
            if (!options.NoCache && keys[i] is { } key && cache.TryLoad(names[i], key) is { } hit)
            {
                chapters[i] = new BookChapter(names[i], ExecutionCache.WithOutputsOf(notebooks[i], hit.Executed), hit.Record, FromCache: true);
                console.WriteLine($"{names[i]}: outputs reused (cells, library and packages unchanged since {hit.Record.ExecutedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC)");
            }
        }

        var toRun = Enumerable.Range(0, notebooks.Count).Where(i => chapters[i] is null).ToList();
        if (toRun.Count > 0)
        {
            var reporter = RunReporter.For(console, workingDirectory);
            var summaries = new NotebookSummary[toRun.Count];
            await reporter.RunAsync([.. toRun.Select(i => notebooks[i])], async (j, progress) =>
            {
                var i = toRun[j];
                var timer = new CellTimer(progress);
                var runOptions = new RunOptions { Environment = RunOptions.DeterministicTorchEnvironment, CellTimeout = options.CellTimeout, PackageResolver = resolver };
                var executedAt = DateTimeOffset.UtcNow;
                var clock = Stopwatch.StartNew();
                var result = await NotebookRunner.RunWithReportAsync(notebooks[i], runOptions, timer, ct);
                var record = new RunRecord(keys[i] ?? "", executedAt, RunEnvironment.Capture(packages[i]),
                    timer.SecondsPerCodeCell(result.Notebook), Math.Round(clock.Elapsed.TotalSeconds, 3), result.Failures.Count);
                if (keys[i] is not null) cache.Store(names[i], result.Notebook, record);
                chapters[i] = new BookChapter(names[i], result.Notebook, record, FromCache: false);
                summaries[j] = new NotebookSummary(Path.GetRelativePath(workingDirectory, notebooks[i].Path!),
                    notebooks[i].Cells.Code.Count(), result.Failures.Count, result.NotRun.Count, clock.Elapsed);
                return summaries[j];
            }, options.Parallel, ct);
            SummaryTable.Write(console, summaries);
        }

        BookSiteResult site;
        try
        {
            site = BookSite.Write(output, [.. chapters.Select(c => c!)], new BookOptions { IncludeSolutions = options.Solutions });
        }
        catch (IOException e)
        {
            throw new UsageException(e.Message);
        }

        var size = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var failedCells = chapters.Sum(c => c!.Run.Failures);
        console.WriteLine($"book: {notebooks.Count} chapter(s), {toRun.Count} executed, {notebooks.Count - toRun.Count} reused; "
            + $"{site.Claims - site.FailedClaims} of {site.Claims} checks pass; {site.Pages.Count} pages, {size / 1048576.0:0.0} MB "
            + $"in {Path.GetRelativePath(workingDirectory, output)}/ ({started.Elapsed.TotalSeconds:0.0} s)");
        return failedCells == 0 && site.FailedClaims == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    // The cache key and the resolved packages; a key of null (never reused) when the packages cannot be resolved,
    // in which case the run itself reports why.
    private static async Task<(string? Key, IReadOnlyList<string> Packages)> KeyAsync(
        Notebook notebook, PackageResolver resolver, string engine, IAnsiConsole console, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(notebook.Path!)!;
        var packages = NotebookPackages.Of(notebook);
        try
        {
            var resolved = await packages.ResolveAsync(resolver, directory, ct);
            var library = CacheKey.LibraryFingerprint(packages.LocalFolders(directory));
            return (CacheKey.Compute(notebook, library, resolved, engine), resolved);
        }
        catch (PackageResolutionException e)
        {
            console.WriteLine($"{Path.GetFileName(notebook.Path)}: its packages do not resolve, so it runs ({e.Message.Split('\n')[0]})");
            return (null, []);
        }
    }
}
