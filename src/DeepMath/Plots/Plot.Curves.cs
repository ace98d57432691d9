using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Several curves over the same x values, e.g. a bound and a measured quantile against the sample size.</summary>
    /// <param name="x">The shared x values, e.g. sample sizes n = 50 … 1600.</param>
    /// <param name="series">Named y values, one per x, e.g. ("bound", […]) and ("measured 95 % quantile", […]).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the x axis, with units.</param>
    /// <param name="yLabel">Label of the y axis, with units.</param>
    /// <param name="logX">Log-scale the x axis (for rates).</param>
    /// <param name="logY">Log-scale the y axis (for rates).</param>
    /// <returns>One line-with-markers trace per series.</returns>
    /// <remarks>Introduced in chapter 00.</remarks>
    public static GenericChart Curves(IReadOnlyList<double> x, IReadOnlyList<(string Name, IReadOnlyList<double> Y)> series,
        string title, string xLabel, string yLabel, bool logX = false, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series.Any(s => s.Y.Count != x.Count))
            throw new ArgumentException("Need at least one series, each with one y per x.", nameof(series));
        var traces = series.Select(s => CSharpChart.Line<double, double, string>(x, s.Y, ShowMarkers: true, Name: s.Name));
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel,
            logX ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear, logY ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear);
    }

    /// <summary>A function drawn as a line with its kinks marked, e.g. a ReLU network's realization on an interval.</summary>
    /// <param name="x">Points where the function was evaluated, increasing.</param>
    /// <param name="y">The function's values there.</param>
    /// <param name="kinkX">Positions of the kinks (where the slope changes).</param>
    /// <param name="kinkY">The function's values at the kinks.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the x axis, e.g. "x".</param>
    /// <param name="yLabel">Label of the y axis, e.g. "Φ(x)".</param>
    /// <returns>A line trace "function" and a marker trace "kinks (count)".</returns>
    /// <remarks>Introduced in chapter 00 for the continuous piecewise-linear realizations of ReLU networks (Berner et al., Section 1).</remarks>
    public static GenericChart FunctionWithKinks(IReadOnlyList<double> x, IReadOnlyList<double> y,
        IReadOnlyList<double> kinkX, IReadOnlyList<double> kinkY, string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(kinkX);
        ArgumentNullException.ThrowIfNull(kinkY);
        if (x.Count != y.Count || kinkX.Count != kinkY.Count) throw new ArgumentException("x and y (and the kinks' x and y) need equal counts.");
        GenericChart[] traces =
        [
            CSharpChart.Line<double, double, string>(x, y, Name: "function"),
            CSharpChart.Point<double, double, string>(kinkX, kinkY, Name: $"kinks ({kinkX.Count})"),
        ];
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Linear, StyleParam.AxisType.Linear);
    }
}
