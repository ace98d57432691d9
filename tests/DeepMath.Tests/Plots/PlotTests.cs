using System.Text.Json;
using DeepMath.Data;
using DeepMath.Plots;
using Plotly.NET;

namespace DeepMath.Tests.Plots;

public class PlotTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    private static string Text(JsonElement figure, string axis) =>
        figure.GetProperty("layout").GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    [Fact]
    public void the_loss_curve_has_its_title_labelled_axes_and_a_log_loss_axis()
    {
        var figure = Figure(Plot.LossCurve([1.0, 0.5, 0.1], "Two spirals: training loss"));

        Assert.Equal("Two spirals: training loss", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("step", Text(figure, "xaxis"));
        Assert.Equal("loss", Text(figure, "yaxis"));
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        var trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal(new[] { 1.0, 2, 3 }, trace.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(new[] { 1.0, 0.5, 0.1 }, trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void the_scatter_of_two_spirals_has_one_trace_per_class_with_its_points()
    {
        var spirals = Spirals.Generate(30, 0.02, seed: 0);

        var figure = Figure(Plot.Scatter2D(spirals, "Two spirals"));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(new[] { "class 0", "class 1" }, traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal(30, t.GetProperty("x").GetArrayLength()));
        Assert.Equal(spirals.X[31, 1], traces[1].GetProperty("y")[1].GetDouble());
        Assert.Equal(("x₁", "x₂"), (Text(figure, "xaxis"), Text(figure, "yaxis")));
    }

    [Fact]
    public void the_log_log_rate_draws_the_measurements_the_fitted_slope_and_the_theory_on_log_axes()
    {
        double[] n = [8, 16, 32, 64, 128];
        var error = n.Select(v => 3 * Math.Pow(v, -2)).ToArray(); // exact power law: the fit must recover slope -2

        var figure = Figure(Plot.LogLogRate(n, error, -2, "Interpolation error", "neurons N", "sup error"));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(new[] { "measured", "fit: slope -2", "theory: slope -2" }, traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(3 * Math.Pow(128, -2), traces[1].GetProperty("y")[1].GetDouble(), 1e-12);
        Assert.Equal(traces[1].GetProperty("y")[0].GetDouble(), traces[2].GetProperty("y")[0].GetDouble(), 1e-9);
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal(("neurons N", "sup error"), (Text(figure, "xaxis"), Text(figure, "yaxis")));
    }

    [Fact]
    public void the_same_data_gives_the_same_figure_json()
    {
        Assert.Equal(GenericChart.toFigureJson(Plot.LossCurve([0.3, 0.2], "t")), GenericChart.toFigureJson(Plot.LossCurve([0.3, 0.2], "t")));
    }

    [Fact]
    public void log_log_rates_reject_non_positive_values()
    {
        Assert.Throws<ArgumentException>(() => Plot.LogLogRate([1, 10], [0.1, 0], -1, "t", "x", "y"));
    }
}
