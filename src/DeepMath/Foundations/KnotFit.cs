using DeepMath.Architectures;
using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Foundations;

/// <summary>The best one-hidden-layer ReLU network with its kinks fixed at uniform knots: a linear least-squares problem.</summary>
/// <remarks>
/// A network 1 → N → 1 with first layer W_1 = 1, b_1 = −t_j has the hidden features ϱ(x − t_j); with the kinks t_j
/// fixed, only the output layer (W_2, b_2) is free, and fitting it is convex. The result is a member of the class F_N
/// (Berner et al., Section 1), so its risk bounds inf_{F_N} R from above; chapter 00 uses it as the starting point of
/// its estimate of the best network f_F in the risk decomposition (Section 1.2), where training from a random start
/// is unreliable for narrow networks.
/// </remarks>
public static class KnotFit
{
    /// <summary>Fits f on [lo, hi] by a 1 → N → 1 ReLU network with kinks t_j = lo + j(hi − lo)/N, j = 0..N−1.</summary>
    /// <param name="f">The function to fit, e.g. the regression function x ↦ sin(πx).</param>
    /// <param name="width">The hidden width N ≥ 1, e.g. 8 (N − 1 interior kinks; the neuron at t_0 = lo carries the slope).</param>
    /// <param name="lo">Left end, e.g. -1.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="points">Equally spaced least-squares nodes (midpoints of equal cells), e.g. 1024; at least N + 1.</param>
    /// <returns>The fitted network, minimizing Σ (Φ(x_k) − f(x_k))² over the output layer (QR least squares).</returns>
    public static ReluNetwork UniformKnots(Func<double, double> f, int width, double lo, double hi, int points = 1024)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, width + 1);
        if (!(lo < hi)) throw new ArgumentException($"Need lo < hi, got [{lo}, {hi}].", nameof(lo));
        var knots = Enumerable.Range(0, width).Select(j => lo + j * (hi - lo) / width).ToArray();
        var x = Enumerable.Range(0, points).Select(k => lo + (k + 0.5) * (hi - lo) / points).ToArray();
        // Design matrix: one column per hidden neuron ϱ(x − t_j), and a column of ones for the output bias.
        var design = Matrix<double>.Build.Dense(points, width + 1, (k, j) => j < width ? Math.Max(x[k] - knots[j], 0) : 1);
        var coefficients = design.QR().Solve(Vector<double>.Build.Dense(x.Select(f).ToArray()));
        var w1 = new double[width, 1];
        for (var j = 0; j < width; j++) w1[j, 0] = 1;
        var w2 = new double[1, width];
        for (var j = 0; j < width; j++) w2[0, j] = coefficients[j];
        return new ReluNetwork([(w1, knots.Select(t => -t).ToArray()), (w2, [coefficients[width]])]);
    }
}
