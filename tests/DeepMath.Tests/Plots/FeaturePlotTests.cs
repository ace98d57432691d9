using System.Text.Json;
using DeepMath.Plots;
using Plotly.NET;

namespace DeepMath.Tests.Plots;

public class FeaturePlotTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    [Fact]
    public void the_image_grid_tiles_images_with_one_pixel_gaps_and_a_symmetric_colour_range()
    {
        double[] a = [1, -2, 0, 4];
        double[] b = [0, 0, 0, 0.5];
        var figure = Figure(Plot.ImageGrid([a, b, a], side: 2, columns: 2, "Filters"));

        var trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        var z = trace.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.Equal(5, z.Length);            // two tile rows of 2 plus one gap
        Assert.Equal(5, z[0].Length);         // two tiles of 2 plus one gap
        Assert.Equal([0.25, -0.5, 0, 0, 0], z[0]); // image a divided by its max |value| 4, then the gap, then b / 0.5
        Assert.Equal([0, 1, 0, 0, 1], z[1]);
        Assert.Equal(-1, trace.GetProperty("zmin").GetDouble());
        Assert.Equal(1, trace.GetProperty("zmax").GetDouble());
        Assert.Equal("Filters", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void curves_and_grouped_bars_carry_one_named_trace_per_series()
    {
        var curves = Figure(Plot.Curves([0.0, 1, 2], [("a", [1.0, 2, 3]), ("b", [3.0, 2, 1])], "T", "step", "value", logY: true));
        var bars = Figure(Plot.GroupedBars(["s0", "s1"], [("raw", [0.9, 0.1]), ("scattering", [0.9, 0.9])], "B", "shift", "accuracy"));

        Assert.Equal(["a", "b"], curves.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("log", curves.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal(["raw", "scattering"], bars.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(0.1, bars.GetProperty("data")[0].GetProperty("y")[1].GetDouble());
    }
}
