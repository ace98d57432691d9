using System.Text.Json.Nodes;
using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class PlotlyTests
{
    // Plotly.NET and its dependencies sit in the test output because the test project references the package.
    private static readonly string References = string.Join('\n', new[] { "Plotly.NET", "Plotly.NET.CSharp", "DynamicObj", "Fable.Core", "FSharp.Core", "Giraffe.ViewEngine", "Newtonsoft.Json" }
        .Select(n => $"#r \"{Path.Combine(AppContext.BaseDirectory, n + ".dll")}\""));

    private const string Chart = "Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 0.0, 1.0 }, y: new[] { 2.0, 3.0 }, Name: \"loss\")";

    [Fact]
    public async Task a_chart_shows_as_interactive_html_and_as_plotly_figure_json()
    {
        var run = await Runs.RunCellsAsync(References, "using Plotly.NET;", Chart);

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        var data = run.Notebook.Outputs(2).Single()["data"]!.AsObject();
        Assert.Contains("Plotly.newPlot(", NotebookTextOf(data["text/html"]), StringComparison.Ordinal);
        var figure = data["application/vnd.plotly.v1+json"]!.AsObject();
        Assert.Equal(["data", "layout"], figure.Select(p => p.Key));
        var trace = figure["data"]![0]!;
        Assert.Equal("loss", trace["name"]!.GetValue<string>());
        Assert.Equal([2.0, 3.0], trace["y"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public async Task chart_html_is_the_same_on_every_run()
    {
        var first = await Runs.RunCellsAsync(References, Chart);
        var second = await Runs.RunCellsAsync(References, Chart);

        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Failures.Concat(second.Failures).Select(f => f.Message)));
        Assert.Equal(first.Notebook.Outputs(1).Single().Text("text/html"), second.Notebook.Outputs(1).Single().Text("text/html"));
    }

    private static string NotebookTextOf(JsonNode? node) => Notebooks.Documents.NotebookText.Read(node);
}
