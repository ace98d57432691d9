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

    [Fact]
    public async Task chart_outputs_are_exactly_what_plotly_net_writes_itself()
    {
        // The worker serializes a chart's template once per display (PlotlyTemplates); the outputs must not change by a byte.
        var run = await Runs.RunCellsAsync(
            References,
            "using Plotly.NET;",
            $"var chart = {Chart};",
            "chart",
            "GenericChart.toFigureJson(chart)",
            "chart",
            "GenericChart.toChartHTML(chart)");

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        var own = JsonNode.Parse(run.Notebook.Outputs(4).Single().Text())!;
        foreach (var cell in new[] { 3, 5 })
        {
            var figure = run.Notebook.Outputs(cell).Single()["data"]!["application/vnd.plotly.v1+json"]!;
            Assert.True(JsonNode.DeepEquals(own["data"], figure["data"]), $"cell {cell}: data differs");
            Assert.True(JsonNode.DeepEquals(own["layout"], figure["layout"]), $"cell {cell}: layout differs");
        }

        Assert.Equal(
            WithoutIds(run.Notebook.Outputs(6).Single().Text()),
            WithoutIds(NotebookTextOf(run.Notebook.Outputs(5).Single()["data"]!["text/html"])));
    }

    [Fact]
    public async Task a_template_changed_in_place_shows_in_the_next_chart()
    {
        var run = await Runs.RunCellsAsync(
            References,
            "using Plotly.NET;",
            Chart,
            "Defaults.DefaultTemplate.SetProperty(\"kitMark\", 7);",
            Chart);

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        JsonNode? Mark(int cell) => run.Notebook.Outputs(cell).Single()["data"]!["application/vnd.plotly.v1+json"]!["layout"]!["template"]!["kitMark"];
        Assert.Null(Mark(2));
        Assert.Equal(7, Mark(4)!.GetValue<int>());
    }

    private static string WithoutIds(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", "ID");

    private static string NotebookTextOf(JsonNode? node) => Notebooks.Documents.NotebookText.Read(node);
}
