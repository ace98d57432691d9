using Notebooks.Execution;
using Notebooks.Execution.Packages;
using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>The executor: cold start, a trivial cell, a cell that references a package already restored.</summary>
internal static class EngineLatency
{
    private const int ColdRuns = 5;
    private const int WarmCells = 200;

    public static async Task<IReadOnlyList<Row>> RunAsync()
    {
        var rows = new List<Row>();
        Progress($"executor: {ColdRuns} cold starts");
        var cold = new List<double>();
        for (var run = 0; run < ColdRuns; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var executor = await CellExecutor.StartAsync();
            Require(await executor.ExecuteAsync(new CellRequest("1 + 1", 1)));
            cold.Add(watch.Elapsed.TotalMilliseconds);
        }

        rows.Add(new("executor", $"cold start to first cell result (median of {ColdRuns})", Ms(Median(cold)), "≈ Roslyn's first compilation"));

        // Roslyn compiles one submission per cell, so this is the per-cell floor a student feels.
        Progress($"executor: {WarmCells} trivial cells");
        await using (var executor = await CellExecutor.StartAsync())
        {
            Require(await executor.ExecuteAsync(new CellRequest("var x = 0;", 1)));
            var warm = new List<double>();
            for (var cell = 0; cell < WarmCells; cell++)
            {
                var result = await executor.ExecuteAsync(new CellRequest("x += 1; x", cell + 2));
                Require(result);
                warm.Add(result.Elapsed.TotalMilliseconds);
            }

            rows.Add(new("executor", $"trivial cell after the first, median of {WarmCells}", Ms(Median(warm)), "goal < 20 ms"));
            rows.Add(new("executor", $"trivial cell after the first, p95 of {WarmCells}", Ms(Percentile(warm, 0.95)), ""));
        }

        Progress("executor: a cell with #r of a restored package");
        var resolver = new PackageResolver(PackageResolver.DefaultCacheDirectory);
        await using (var executor = await CellExecutor.StartAsync(new CellExecutorOptions { PackageResolver = resolver }))
        {
            const string cell = "#r \"nuget: Newtonsoft.Json, 13.0.3\"\nNewtonsoft.Json.JsonConvert.SerializeObject(new { a = 1 })";
            var first = await executor.ExecuteAsync(new CellRequest(cell, 1));
            Require(first);
            rows.Add(new("executor", "cell with #r of a restored package, first in a worker", Ms(first.Elapsed.TotalMilliseconds), "one restore of a generated project"));
            var again = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var result = await executor.ExecuteAsync(new CellRequest(cell, i + 2));
                Require(result);
                again.Add(result.Elapsed.TotalMilliseconds);
            }

            rows.Add(new("executor", "the same cell again, median of 20", Ms(Median(again)), "resolver cache hit"));
        }

        // A chart as a cell's result: Plotly.NET serializes the figure for the HTML and for the plotly mime type.
        Progress("executor: cells that return a Plotly chart");
        await using (var executor = await CellExecutor.StartAsync(new CellExecutorOptions { PackageResolver = resolver }))
        {
            Require(await executor.ExecuteAsync(new CellRequest(
                "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nvar xs = Enumerable.Range(0, 200).Select(i => i / 20.0).ToArray();", 1)));
            var charts = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var result = await executor.ExecuteAsync(new CellRequest(
                    $"Plotly.NET.CSharp.Chart.Line<double, double, string>(xs, xs.Select(x => Math.Sin(x + {i})))", i + 2));
                Require(result);
                charts.Add(result.Elapsed.TotalMilliseconds);
            }

            rows.Add(new("executor", "cell returning a 200-point Plotly chart, median of 20 (after the first)",
                Ms(Median(charts.Skip(1).ToList())), $"first {Ms(charts[0])}"));
        }

        return rows;
    }

    private static void Require(CellExecutionResult result)
    {
        if (result.Outcome != CellOutcome.Succeeded)
            throw new InvalidOperationException($"benchmark cell failed: {result.Error?.Value ?? result.Outcome.ToString()}");
    }
}
