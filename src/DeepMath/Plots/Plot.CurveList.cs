using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Several named curves on one chart, e.g. a measured suboptimality beside the bound theory gives.</summary>
    /// <param name="curves">The curves; dashed ones are predictions. Non-positive values are dropped on a log axis.</param>
    /// <param name="title">Chart title, e.g. "Gradient descent on a convex quadratic".</param>
    /// <param name="xLabel">Label of the x axis with units, e.g. "step t".</param>
    /// <param name="yLabel">Label of the y axis with units, e.g. "f(x_t) - f*".</param>
    /// <param name="logX">True for a logarithmic x axis (rates t^s show as straight lines on log-log axes).</param>
    /// <param name="logY">True for a logarithmic y axis (linear rates ρᵗ show as straight lines).</param>
    /// <returns>A line chart with one trace per curve, named after it.</returns>
    /// <remarks>Introduced in chapter 03 (optimization) for rates, bounds and loss paths.</remarks>
    public static GenericChart Curves(IEnumerable<Curve> curves, string title, string xLabel, string yLabel,
        bool logX = false, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var traces = curves.Select(c => Trace(c, logX, logY)).ToArray();
        if (traces.Length == 0) throw new ArgumentException("Need at least one curve.", nameof(curves));
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, Axis(logX), Axis(logY));
    }

    private static GenericChart Trace(Curve curve, bool logX, bool logY)
    {
        if (curve.X.Count != curve.Y.Count) throw new ArgumentException($"Curve '{curve.Name}' has {curve.X.Count} x and {curve.Y.Count} y.");
        var keep = Enumerable.Range(0, curve.X.Count)
            .Where(i => (!logX || curve.X[i] > 0) && (!logY || curve.Y[i] > 0) && double.IsFinite(curve.Y[i])).ToArray();
        return CSharpChart.Line<double, double, string>(keep.Select(i => curve.X[i]), keep.Select(i => curve.Y[i]),
            Name: curve.Name, LineDash: curve.Dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid);
    }

    private static StyleParam.AxisType Axis(bool log) => log ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear;
}
