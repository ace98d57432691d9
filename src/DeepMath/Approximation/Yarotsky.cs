using DeepMath.Architectures;

namespace DeepMath.Approximation;

/// <summary>
/// Yarotsky's construction: x² on [0, 1] as x minus a weighted sum of sawtooth compositions, with sup error exactly
/// 4^{−(m+1)} for depth m; and multiplication from squaring by the polarization identity.
/// </summary>
/// <remarks>
/// Berner et al., Section 3.2 (deep ReLU networks), after Yarotsky (2017, "Error bounds for approximations with deep ReLU
/// networks"). f_m(x) = x − Σ_{s=1}^m g_s(x)/4^s is the piecewise-linear interpolant of x² at the knots j/2^m, so its
/// error is the interpolation error h²/4 = 4^{−(m+1)} at the cells' midpoints (h = 2^{−m}, f'' = 2). The network that
/// computes it has width 3 and depth m + 1: the error falls exponentially in the number of parameters. Then
/// xy = 2((x + y)/2)² − x²/2 − y²/2 turns squaring into multiplication. Chapter 01.
/// </remarks>
public static class Yarotsky
{
    /// <summary>f_m(x) = x − Σ_{s=1}^m g_s(x)/4^s, the depth-m approximation of x², in closed form.</summary>
    /// <param name="m">The depth m ≥ 0, e.g. 5 (m = 0 gives f_0(x) = x).</param>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>f_m(x) ≥ x², with f_m(x) − x² ≤ 4^{−(m+1)}.</returns>
    public static double Square(int m, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        var sum = x;
        for (var s = 1; s <= m; s++) sum -= Math.ScaleB(Sawtooth.Value(s, x), -2 * s);
        return sum;
    }

    /// <summary>The sup error of f_m against x² on [0, 1]: exactly 4^{−(m+1)}.</summary>
    /// <param name="m">The depth, e.g. 5 (error 4⁻⁶ ≈ 2.4·10⁻⁴).</param>
    /// <returns>4^{−(m+1)}, attained at the midpoints between the knots j/2^m.</returns>
    public static double SquareError(int m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        return Math.ScaleB(1, -2 * (m + 1));
    }

    /// <summary>P_m(x, y) = 2 f_m((x + y)/2) − f_m(x)/2 − f_m(y)/2 ≈ xy on [0, 1]², by polarization.</summary>
    /// <param name="m">The depth of the squaring networks, e.g. 5.</param>
    /// <param name="x">A point of [0, 1].</param>
    /// <param name="y">A point of [0, 1].</param>
    /// <returns>P_m(x, y), within <see cref="MultiplyErrorBound"/> of xy.</returns>
    public static double Multiply(int m, double x, double y) => 2 * Square(m, (x + y) / 2) - Square(m, x) / 2 - Square(m, y) / 2;

    /// <summary>The bound 3·4^{−(m+1)} on |P_m(x, y) − xy|: the error is 2e((x+y)/2) − e(x)/2 − e(y)/2 with 0 ≤ e ≤ 4^{−(m+1)}.</summary>
    /// <param name="m">The depth, e.g. 5.</param>
    /// <returns>3·4^{−(m+1)}; on the dyadic grid the error never exceeds 2·4^{−(m+1)}, and reaches it.</returns>
    public static double MultiplyErrorBound(int m) => 3 * SquareError(m);

    /// <summary>The network 1 → 3 → ⋯ → 3 → 1 (m hidden layers of width 3) that computes f_m exactly on [0, 1].</summary>
    /// <param name="m">The depth m ≥ 1, e.g. 8.</param>
    /// <returns>A network with depth L = m + 1 and P = 12m − 2 parameters.</returns>
    /// <remarks>
    /// Hidden layer s holds a = ϱ(g_{s−1}(x)), b = ϱ(g_{s−1}(x) − ½) and c = ϱ(f_{s−1}(x)) (with g_0 = f_0 = x). Since
    /// g_s = 2a − 4b, the next layer computes ϱ(g_s), ϱ(g_s − ½) and ϱ(c − g_s/4^s) = f_s (which is ≥ x² ≥ 0, so ϱ keeps it).
    /// </remarks>
    public static ReluNetwork SquareNetwork(int m) => new(SquareLayers(m, new double[,] { { 1 } }, [1.0]));

    /// <summary>The network 2 → 9 → ⋯ → 9 → 1 that computes P_m(x, y): three squaring networks side by side.</summary>
    /// <param name="m">The depth m ≥ 1, e.g. 6.</param>
    /// <returns>A network with two inputs, depth m + 1 and width 9.</returns>
    public static ReluNetwork MultiplyNetwork(int m) =>
        new(SquareLayers(m, new double[,] { { 0.5, 0.5 }, { 1, 0 }, { 0, 1 } }, [2.0, -0.5, -0.5]));

    /// <summary>Layers of c parallel squaring networks on the inputs u = A x (rows of A), combined as Σ_c w_c f_m(u_c).</summary>
    private static List<(double[,], double[])> SquareLayers(int m, double[,] inputMap, double[] combine)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        int channels = inputMap.GetLength(0), d = inputMap.GetLength(1);
        var w1 = new double[3 * channels, d];
        var bias = new double[3 * channels];
        for (var c = 0; c < channels; c++)
        {
            for (var j = 0; j < d; j++) w1[3 * c, j] = w1[3 * c + 1, j] = w1[3 * c + 2, j] = inputMap[c, j];
            bias[3 * c + 1] = -0.5;
        }
        var layers = new List<(double[,], double[])> { (w1, bias) };
        for (var s = 1; s < m; s++)
        {
            var w = new double[3 * channels, 3 * channels];
            var q = Math.ScaleB(1, -2 * s); // 4^{−s}
            for (var c = 0; c < channels; c++)
            {
                var o = 3 * c;
                (w[o, o], w[o, o + 1]) = (2, -4);                          // g_s
                (w[o + 1, o], w[o + 1, o + 1]) = (2, -4);                  // g_s, then − ½ by the bias
                (w[o + 2, o], w[o + 2, o + 1], w[o + 2, o + 2]) = (-2 * q, 4 * q, 1); // f_s = f_{s−1} − g_s/4^s
            }
            layers.Add((w, (double[])bias.Clone()));
        }
        var last = new double[1, 3 * channels];
        var qm = Math.ScaleB(1, -2 * m);
        for (var c = 0; c < channels; c++)
            (last[0, 3 * c], last[0, 3 * c + 1], last[0, 3 * c + 2]) = (-2 * qm * combine[c], 4 * qm * combine[c], combine[c]);
        layers.Add((last, [0]));
        return layers;
    }
}
