using System.Diagnostics;
using System.Globalization;
using Notebooks.Execution;
using Notebooks.Execution.Packages;

// Engine latency, measured on this machine in one run. Prints a Markdown table.
const int ColdRuns = 5;
const int WarmCells = 200;
var culture = CultureInfo.InvariantCulture;
var rows = new List<(string What, string Value)>();

// Cold start: a fresh worker process until the first cell's result is back.
var cold = new List<double>();
for (var run = 0; run < ColdRuns; run++)
{
    var watch = Stopwatch.StartNew();
    await using var executor = await CellExecutor.StartAsync();
    var first = await executor.ExecuteAsync(new CellRequest("1 + 1", 1));
    cold.Add(watch.Elapsed.TotalMilliseconds);
    Require(first);
}
rows.Add(("cold start to first cell result (median of 5)", Ms(Median(cold))));

// A trivial cell after the first: Roslyn compiles one submission per cell, so this is the per-cell floor.
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
    rows.Add(($"trivial cell after the first, median of {WarmCells}", Ms(Median(warm))));
    rows.Add(($"trivial cell after the first, p95 of {WarmCells}", Ms(Percentile(warm, 0.95))));
}

// A cell that references a package already restored (the resolver's caches are warm after the first).
var resolver = new PackageResolver(PackageResolver.DefaultCacheDirectory);
await using (var executor = await CellExecutor.StartAsync(new CellExecutorOptions { PackageResolver = resolver }))
{
    const string cell = "#r \"nuget: Newtonsoft.Json, 13.0.3\"\nNewtonsoft.Json.JsonConvert.SerializeObject(new { a = 1 })";
    var first = await executor.ExecuteAsync(new CellRequest(cell, 1));
    Require(first);
    rows.Add(("cell with #r of a restored package, first in a worker", Ms(first.Elapsed.TotalMilliseconds)));
    var again = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        var result = await executor.ExecuteAsync(new CellRequest(cell, i + 2));
        Require(result);
        again.Add(result.Elapsed.TotalMilliseconds);
    }
    rows.Add(("the same cell again, median of 20", Ms(Median(again))));
}

Console.WriteLine($"Engine latency on {Environment.ProcessorCount} cores, {RuntimeInfo()}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| measurement | time |");
Console.WriteLine("| --- | --- |");
foreach (var (what, value) in rows) Console.WriteLine($"| {what} | {value} |");
return 0;

string Ms(double ms) => ms.ToString("F1", culture) + " ms";

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = Math.Min(low + 1, sorted.Count - 1);
    return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
}

static void Require(CellExecutionResult result)
{
    if (result.Outcome != CellOutcome.Succeeded)
        throw new InvalidOperationException($"benchmark cell failed: {result.Error?.Value ?? result.Outcome.ToString()}");
}

static string RuntimeInfo() =>
    $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
