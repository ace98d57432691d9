using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
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
