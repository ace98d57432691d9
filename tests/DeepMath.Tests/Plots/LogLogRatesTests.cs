using System.Text.Json;
using DeepMath.Plots;
using Plotly.NET;

namespace DeepMath.Tests.Plots;

public class LogLogRatesTests
{
    [Fact]
    public void each_series_gets_its_points_its_fit_and_its_dashed_theory_on_log_axes()
    {
        double[] n = [10, 100, 1000];
        var chart = Plot.LogLogRates([("C²", n, [1e-2, 1e-4, 1e-6], -2), ("Lipschitz", n, [1e-1, 1e-2, 1e-3], -1)],
            "Rates", "neurons N", "sup error");

        var figure = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["C²", "C²: fit slope -2", "C²: theory slope -2", "Lipschitz", "Lipschitz: fit slope -1", "Lipschitz: theory slope -1"],
            traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("dash", traces[5].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(1e-6, traces[1].GetProperty("y")[1].GetDouble(), 1e-15); // the fit passes through exact power-law data
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Throws<ArgumentException>(() => Plot.LogLogRates([("bad", n, [1, 0, 1], -1)], "t", "x", "y"));
    }
}
