using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Contour lines of a function on a grid of the plane, with optional paths drawn on top (e.g. optimizer trajectories).</summary>
    /// <param name="x">The grid's x values, increasing, e.g. 41 points of [-1, 1].</param>
    /// <param name="y">The grid's y values, increasing.</param>
    /// <param name="z">Values z[j, i] at (x_i, y_j), e.g. a loss on a two-dimensional slice.</param>
    /// <param name="title">Chart title, e.g. "Loss on a filter-normalised plane".</param>
    /// <param name="xLabel">Label of the x axis, e.g. "α (direction δ₁)".</param>
    /// <param name="yLabel">Label of the y axis, e.g. "β (direction δ₂)".</param>
    /// <param name="paths">Curves drawn over the contours, e.g. gradient-descent iterates; null for none.</param>
    /// <returns>A contour chart (trace "contours") plus one line per path.</returns>
    /// <remarks>Introduced in chapter 03 (optimization) for saddles and loss-landscape slices.</remarks>
    public static GenericChart Contour(IReadOnlyList<double> x, IReadOnlyList<double> y, double[,] z, string title,
        string xLabel, string yLabel, IEnumerable<Curve>? paths = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(0) != y.Count || z.GetLength(1) != x.Count)
            throw new ArgumentException($"z must be [{y.Count}, {x.Count}] (rows follow y), got [{z.GetLength(0)}, {z.GetLength(1)}].");
        var rows = Enumerable.Range(0, y.Count).Select(j => Enumerable.Range(0, x.Count).Select(i => z[j, i]).ToArray()).ToArray();
        var contour = CSharpChart.Contour<double, double, double, string>(zData: rows, X: x.ToArray(), Y: y.ToArray(), Name: "contours");
        GenericChart[] traces = [contour, .. (paths ?? []).Select(p => Trace(p, false, false))];
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Linear, StyleParam.AxisType.Linear);
    }
}
