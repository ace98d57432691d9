using System.Text.Json;
using DeepMath.Plots;
using Plotly.NET;

namespace DeepMath.Tests.Plots;

public class PlotFoundationsTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    private static double[] Numbers(JsonElement trace, string axis) => trace.GetProperty(axis).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public void stacked_bars_stack_relatively_with_one_bar_trace_per_part_and_the_total_as_markers()
    {
        var figure = Figure(Plot.StackedBars(["N = 2", "N = 4"], [("a", [1.0, 2]), ("b", [-0.5, 0.25])], "total", [0.5, 2.25],
            "Decomposition", "width", "risk"));

        Assert.Equal("relative", figure.GetProperty("layout").GetProperty("barmode").GetString());
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(new[] { "bar", "bar", "scatter" }, traces.Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(new[] { "a", "b", "total" }, traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(new[] { -0.5, 0.25 }, Numbers(traces[1], "y"));
        Assert.Equal(new[] { "N = 2", "N = 4" }, traces[0].GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Decomposition", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void the_histogram_counts_every_value_once_and_draws_the_markers()
    {
        double[] values = [0.1, 0.2, 0.2, 0.3, 0.9];

        var figure = Figure(Plot.HistogramWithMarkers(values, 4, [("bound", 1.0)], "Gaps", "gap"));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(values.Length, Numbers(traces[0], "y").Sum());
        Assert.Equal(new double[] { 4, 0, 0, 1 }, Numbers(traces[0], "y")); // bins of width 0.225 from 0.1 to 1.0
        Assert.Equal("bound", traces[1].GetProperty("name").GetString());
        Assert.Equal(new[] { 1.0, 1.0 }, Numbers(traces[1], "x"));
        Assert.Equal("count", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void curves_draw_one_trace_per_series_on_the_requested_axes()
    {
        var figure = Figure(Plot.Curves([50, 100], [("bound", [0.3, 0.2]), ("measured", [0.2, 0.1])], "Rate", "n", "gap",
            logX: true, logY: true));

        Assert.Equal(2, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void the_function_chart_names_its_kink_count()
    {
        var figure = Figure(Plot.FunctionWithKinks([0, 1, 2], [0, 1, 0], [1], [1], "Hat", "x", "Φ(x)"));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(new[] { "function", "kinks (1)" }, traces.Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Plot.StackedBars(["a"], [("p", [1.0, 2])], "t", [1.0], "T", "x", "y"));
        Assert.Throws<ArgumentException>(() => Plot.Curves([1.0], [("s", [1.0, 2])], "T", "x", "y"));
    }
}
