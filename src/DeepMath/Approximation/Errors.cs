using DeepMath.Architectures;

namespace DeepMath.Approximation;

/// <summary>Distances between two functions of one variable on an interval: the sup norm on a grid and the L¹ norm.</summary>
/// <remarks>
/// The approximation error of Berner et al., Section 1.2, measured in the norms their approximation results use: the
/// uniform norm for universal approximation and Yarotsky's construction, the L¹ norm for Telgarsky's depth separation
/// (Section 3). Chapter 01 (approximation).
/// </remarks>
public static class Errors
{
    /// <summary>max_i |f(x_i) − g(x_i)| over the uniform grid x_i = lo + i(hi − lo)/(points − 1), i = 0..points − 1.</summary>
    /// <param name="f">The target, e.g. x ↦ sin(2πx).</param>
    /// <param name="g">The approximation, e.g. a network's realization <c>net.Evaluate</c>.</param>
    /// <param name="lo">Left end, e.g. 0.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="points">Grid size including both ends, e.g. 3·2¹² + 1 = 12289 (a grid holding 1/3 and the dyadic points j/2¹²).</param>
    /// <returns>The largest deviation on the grid: a lower bound for the sup norm, equal to it when the grid holds a maximizer.</returns>
    public static double Sup(Func<double, double> f, Func<double, double> g, double lo, double hi, int points)
    {
        Validate(f, g, lo, hi);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var worst = 0.0;
        for (var i = 0; i < points; i++)
        {
            var x = lo + i * (hi - lo) / (points - 1);
            var gap = Math.Abs(f(x) - g(x));
            if (double.IsNaN(gap)) return double.NaN; // a broken approximation never looks good
            worst = Math.Max(worst, gap);
        }
        return worst;
    }

    /// <summary>∫_lo^hi |f − g| dx by the midpoint rule on <paramref name="cells"/> equal cells.</summary>
    /// <param name="f">The target, e.g. the sawtooth g_k.</param>
    /// <param name="g">The approximation, e.g. a trained network's realization.</param>
    /// <param name="lo">Left end, e.g. 0.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="cells">Number of cells, e.g. 8192; the rule is exact on cells where f − g is affine and keeps one sign.</param>
    /// <returns>The L¹ distance on [lo, hi].</returns>
    public static double L1(Func<double, double> f, Func<double, double> g, double lo, double hi, int cells)
    {
        Validate(f, g, lo, hi);
        ArgumentOutOfRangeException.ThrowIfLessThan(cells, 1);
        var h = (hi - lo) / cells;
        var sum = 0.0;
        for (var i = 0; i < cells; i++)
        {
            var x = lo + (i + 0.5) * h;
            sum += Math.Abs(f(x) - g(x));
        }
        return sum * h;
    }

    /// <summary>The sup distance on a grid between f and a network's realization, as <see cref="Sup(Func{double, double}, Func{double, double}, double, double, int)"/>.</summary>
    /// <param name="f">The target, e.g. x ↦ sin(2πx).</param>
    /// <param name="network">A network with one input and one output, e.g. <c>Interpolant.Network(f, 64, 0, 1)</c>.</param>
    /// <param name="lo">Left end, e.g. 0.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="points">Grid size including both ends, e.g. 6145.</param>
    /// <returns>max_i |f(x_i) − Φ(x_i)|, with Φ evaluated without allocating (the same arithmetic as <c>network.Evaluate</c>).</returns>
    public static double Sup(Func<double, double> f, ReluNetwork network, double lo, double hi, int points) =>
        Sup(f, ScalarRealization.Of(network), lo, hi, points);

    /// <summary>The L¹ distance between f and a network's realization, as <see cref="L1(Func{double, double}, Func{double, double}, double, double, int)"/>.</summary>
    /// <param name="f">The target, e.g. the sawtooth g_k.</param>
    /// <param name="network">A network with one input and one output.</param>
    /// <param name="lo">Left end, e.g. 0.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="cells">Number of midpoint-rule cells, e.g. 8192.</param>
    /// <returns>∫ |f − Φ| by the midpoint rule.</returns>
    public static double L1(Func<double, double> f, ReluNetwork network, double lo, double hi, int cells) =>
        L1(f, ScalarRealization.Of(network), lo, hi, cells);

    private static void Validate(Func<double, double> f, Func<double, double> g, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(g);
        if (!(lo < hi)) throw new ArgumentException($"Need lo < hi, got [{lo}, {hi}].", nameof(lo));
    }
}
