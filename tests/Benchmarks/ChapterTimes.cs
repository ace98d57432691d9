using System.Diagnostics;
using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>
/// The book: each chapter's wall time from worker start to last cell, as <c>kit run</c> runs it (deterministic
/// environment, one libtorch thread), first one after another, then two at a time as <c>kit run --parallel 2</c> does.
/// </summary>
internal static class ChapterTimes
{
    private const double GoalSeconds = 30;

    public static async Task<IReadOnlyList<Row>> RunAsync()
    {
        var chapters = Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var options = new RunOptions
        {
            Environment = RunOptions.DeterministicTorchEnvironment,
            PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory),
        };
        await TimeAsync(chapters[0], options); // restores the chapters' packages once, so no chapter pays for it below

        var rows = new List<Row>();
        var serial = new List<double>();
        foreach (var chapter in chapters)
        {
            Progress($"chapters one at a time: {Path.GetFileName(chapter)}");
            var seconds = await TimeAsync(chapter, options);
            serial.Add(seconds);
            rows.Add(new("chapters", $"{Path.GetFileNameWithoutExtension(chapter)}, alone", S(seconds), $"goal < {GoalSeconds:F0} s"));
        }

        Progress($"chapters two at a time: all {chapters.Count}");
        var parallel = new double[chapters.Count];
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, chapters.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 },
            async (i, _) => parallel[i] = await TimeAsync(chapters[i], options));
        var parallelTotal = total.Elapsed.TotalSeconds;
        rows.Add(new("chapters", $"all {chapters.Count}, one at a time (sum)", S(serial.Sum()), ""));
        rows.Add(new("chapters", $"all {chapters.Count}, two at a time (wall)", S(parallelTotal),
            $"speed-up {F(serial.Sum() / parallelTotal, "F2")}× on {Environment.ProcessorCount} cores; slowest chapter {S(parallel.Max())}"));
        return rows;
    }

    private static async Task<double> TimeAsync(string path, RunOptions options)
    {
        var watch = Stopwatch.StartNew();
        var result = await NotebookRunner.RunWithReportAsync(Notebook.Load(path), options);
        if (!result.Succeeded)
            throw new InvalidOperationException($"{Path.GetFileName(path)} failed: {result.Failures[0].Message}");
        return watch.Elapsed.TotalSeconds;
    }
}
