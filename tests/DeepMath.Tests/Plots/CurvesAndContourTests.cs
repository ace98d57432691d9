using System.Text.Json;
using DeepMath.Plots;
using Plotly.NET;

namespace DeepMath.Tests.Plots;

public class CurvesAndContourTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    [Fact]
    public void curves_become_named_traces_with_dashed_predictions_and_the_requested_log_axes()
    {
        var figure = Figure(Plot.Curves(
            [new Curve("measured", [1, 10, 100], [1, 0.1, 0.01]), new Curve("bound", [1, 10, 100], [2, 0.2, 0.02], Dashed: true)],
            "Rate", "step t", "gap", logX: true, logY: true));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["measured", "bound"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("dash", traces[1].GetProperty("line").GetProperty("dash").GetString());
        var layout = figure.GetProperty("layout");
        Assert.Equal(("log", "log"), (layout.GetProperty("xaxis").GetProperty("type").GetString(), layout.GetProperty("yaxis").GetProperty("type").GetString()));
        Assert.Equal("gap", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void non_positive_values_are_dropped_on_a_log_axis_only()
    {
        var curve = new Curve("c", [1, 2, 3], [1, 0, 2]);
        Assert.Equal(2, Figure(Plot.Curves([curve], "t", "x", "y", logY: true)).GetProperty("data")[0].GetProperty("y").GetArrayLength());
        Assert.Equal(3, Figure(Plot.Curves([curve], "t", "x", "y")).GetProperty("data")[0].GetProperty("y").GetArrayLength());
    }

    [Fact]
    public void thinning_keeps_the_first_and_last_point_and_at_most_the_requested_count()
    {
        var curve = Curve.OverSteps("loss", Enumerable.Range(0, 10_000).Select(t => 1.0 / (t + 1)).ToArray());
        foreach (var thinned in new[] { curve.Thinned(50), curve.Thinned(50, logSpaced: true) })
        {
            Assert.InRange(thinned.X.Count, 2, 50);
            Assert.Equal((0.0, 9999.0), (thinned.X[0], thinned.X[^1]));
            Assert.Equal(1.0 / (thinned.X[7] + 1), thinned.Y[7]);
        }
    }

    [Fact]
    public void the_contour_has_rows_along_y_and_draws_paths_on_top()
    {
        var z = new double[2, 3] { { 0, 1, 2 }, { 3, 4, 5 } }; // z[j, i] at (x_i, y_j)
        var figure = Figure(Plot.Contour([0, 1, 2], [10, 20], z, "Slice", "α", "β", [new Curve("path", [0, 1], [10, 20])]));

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal("contour", traces[0].GetProperty("type").GetString());
        Assert.Equal(5, traces[0].GetProperty("z")[1][2].GetDouble());
        Assert.Equal("path", traces[1].GetProperty("name").GetString());
        Assert.Throws<ArgumentException>(() => Plot.Contour([0, 1], [10, 20], z, "Slice", "α", "β"));
    }
}
