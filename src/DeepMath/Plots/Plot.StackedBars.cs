using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Bars stacked per category, negative parts stacked below zero, with the total drawn as markers beside them.</summary>
    /// <param name="categories">One label per bar, e.g. "N = 4", "N = 8", ….</param>
    /// <param name="parts">The stacked parts, each a name and one value per category, e.g. ("approximation", […]).</param>
    /// <param name="totalName">Legend name of the total, e.g. "excess risk R(f̂) − R*".</param>
    /// <param name="total">One total per category, e.g. the excess risk the parts add up to.</param>
    /// <param name="title">Chart title, e.g. "Risk decomposition against width".</param>
    /// <param name="xLabel">Label of the category axis, e.g. "hidden width N".</param>
    /// <param name="yLabel">Label of the value axis, e.g. "risk (squared loss)".</param>
    /// <returns>One bar trace per part (Plotly's "relative" bar mode, so negative parts stack downwards) and a marker trace for the total.</returns>
    /// <remarks>Introduced for the risk decomposition of chapter 00 (Berner et al., Section 1.2).</remarks>
    public static GenericChart StackedBars(IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> parts, string totalName, IReadOnlyList<double> total,
        string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(total);
        if (parts.Count == 0) throw new ArgumentException("Need at least one part.", nameof(parts));
        if (parts.Any(p => p.Values.Count != categories.Count) || total.Count != categories.Count)
            throw new ArgumentException("Every part and the total need one value per category.");
        var traces = parts
            .Select(p => CSharpChart.Column<double, string, string>(p.Values, Keys: categories.ToArray(), Name: p.Name))
            .Append(CSharpChart.Point<string, double, string>(categories, total, Name: totalName,
                MarkerSymbol: StyleParam.MarkerSymbol.Diamond))
            .ToArray();
        var layout = new Layout();
        layout.SetProperty("barmode", StyleParam.BarMode.Relative.Convert()); // stack, negative parts below zero
        var chart = GenericChart.addLayout(layout, CSharpChart.Combine(traces));
        return Titled(chart, title, xLabel, yLabel, StyleParam.AxisType.Category, StyleParam.AxisType.Linear);
    }
}
