using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Several named curves over a shared x axis, e.g. an alignment measured during training, or a filter bank's spectra.</summary>
    /// <param name="x">The shared abscissae, e.g. training steps 0, 25, …, 300.</param>
    /// <param name="curves">Named series, each with one y per x, e.g. ("CKA(hidden, labels)", values).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the x axis with its unit, e.g. "step".</param>
    /// <param name="yLabel">Label of the y axis with its unit, e.g. "linear CKA".</param>
    /// <param name="logY">True for a logarithmic y axis (for rates and small errors).</param>
    /// <returns>A line chart with one trace per curve, named as given.</returns>
    /// <remarks>Introduced in chapter 04 (learned features).</remarks>
    public static GenericChart Curves(IReadOnlyList<double> x, IReadOnlyList<(string Name, IReadOnlyList<double> Y)> curves,
        string title, string xLabel, string yLabel, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Count == 0 || curves.Any(c => c.Y.Count != x.Count))
            throw new ArgumentException($"Need at least one curve, each with {x.Count} values.", nameof(curves));
        var traces = curves.Select(c => CSharpChart.Line<double, double, string>(x, c.Y, Name: c.Name, ShowMarkers: true));
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Linear,
            logY ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear);
    }

    /// <summary>Grouped bars: one group per category, one bar colour per series, e.g. accuracies per shift for two classifiers.</summary>
    /// <param name="categories">Category names along x, e.g. "shift 0", "shift 1", "shift 2".</param>
    /// <param name="series">Named series, each with one value per category.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the category axis.</param>
    /// <param name="yLabel">Label of the value axis with its unit, e.g. "test accuracy".</param>
    /// <returns>A grouped column chart.</returns>
    /// <remarks>Introduced in chapter 04 (learned features).</remarks>
    public static GenericChart GroupedBars(IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series.Any(s => s.Values.Count != categories.Count))
            throw new ArgumentException($"Need at least one series, each with {categories.Count} values.", nameof(series));
        var keys = categories.ToArray();
        var bars = series.Select(s => CSharpChart.Column<double, string, string>(s.Values, Keys: keys, Name: s.Name));
        return Titled(CSharpChart.Combine(bars), title, xLabel, yLabel, StyleParam.AxisType.Category, StyleParam.AxisType.Linear);
    }
}
