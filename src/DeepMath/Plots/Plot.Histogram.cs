using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>A histogram of values in equal bins, with vertical dashed lines at marked positions (a bound, a quantile).</summary>
    /// <param name="values">The sample, e.g. 2000 worst-case gaps; at least one value.</param>
    /// <param name="bins">Number of equal-width bins between the smallest value and the largest value or marker, e.g. 40.</param>
    /// <param name="markers">Named positions drawn as vertical lines, e.g. ("bound, δ = 0.05", 0.144).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the value axis, e.g. "sup_h |R(h) − R̂(h)|".</param>
    /// <returns>A bar trace "count" at the bin centres and one line trace per marker.</returns>
    /// <remarks>The bins are computed here, so the figure JSON holds the counts (testable and snapshot-stable). Chapter 00.</remarks>
    public static GenericChart HistogramWithMarkers(IReadOnlyList<double> values, int bins,
        IReadOnlyList<(string Name, double X)> markers, string title, string xLabel)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.Count == 0) throw new ArgumentException("Need at least one value.", nameof(values));
        var lo = values.Min();
        var hi = Math.Max(values.Max(), markers.Count == 0 ? lo : markers.Max(m => m.X));
        var width = hi > lo ? (hi - lo) / bins : 1;
        var counts = new double[bins];
        foreach (var v in values) counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
        var centres = Enumerable.Range(0, bins).Select(k => lo + (k + 0.5) * width).ToArray();
        var top = counts.Max();
        var traces = markers
            .Select(m => CSharpChart.Line<double, double, string>([m.X, m.X], [0, top], Name: m.Name,
                LineDash: StyleParam.DrawingStyle.Dash))
            .Prepend(CSharpChart.Column<double, double, string>(counts, Keys: centres, Name: "count"))
            .ToArray();
        return Titled(CSharpChart.Combine(traces), title, xLabel, "count", StyleParam.AxisType.Linear, StyleParam.AxisType.Linear);
    }
}
