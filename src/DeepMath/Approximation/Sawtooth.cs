using DeepMath.Architectures;

namespace DeepMath.Approximation;

/// <summary>
/// Telgarsky's sawtooth: the hat g(x) = 2ϱ(x) − 4ϱ(x − ½) on [0, 1] composed k times, g_k = g ∘ ⋯ ∘ g, a function
/// with 2^k linear pieces that a deep network of width 2 computes exactly with 6k + 1 parameters.
/// </summary>
/// <remarks>
/// Berner et al., Section 3.2 (deep ReLU networks: the power of depth), after Telgarsky (2016, "Benefits of depth in
/// neural networks"). In closed form g_k(x) = 2·dist(2^{k−1}x, ℤ): k doublings of frequency for the price of k layers.
/// A network with one hidden layer of N neurons has at most N + 1 pieces, so it needs N ≥ 2^k − 1 to represent g_k,
/// and <see cref="L1LowerBound"/> quantifies how far any function with few pieces stays from it. Chapter 01.
/// </remarks>
public static class Sawtooth
{
    /// <summary>The hat g(x) = 1 − |2x − 1| on [0, 1]: 0 at the ends, 1 at ½.</summary>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>g(x) = 2ϱ(x) − 4ϱ(x − ½) on [0, 1].</returns>
    public static double Hat(double x) => 1 - Math.Abs(2 * x - 1);

    /// <summary>The sawtooth g_k(x) = 2·dist(2^{k−1}x, ℤ), the k-fold composition of the hat, in closed form.</summary>
    /// <param name="k">The number of compositions, k ≥ 1, e.g. 6 (64 pieces).</param>
    /// <param name="x">A point of [0, 1].</param>
    /// <returns>g_k(x) ∈ [0, 1]; g_k(j/2^k) = j mod 2.</returns>
    public static double Value(int k, double x)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var y = Math.ScaleB(x, k - 1); // 2^{k−1} x, exact in floating point
        return 2 * Math.Abs(y - Math.Round(y));
    }

    /// <summary>The sawtooth g_k as a function, for plotting and error measurement.</summary>
    /// <param name="k">The number of compositions, k ≥ 1.</param>
    /// <returns>x ↦ g_k(x).</returns>
    public static Func<double, double> Func(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return x => Value(k, x);
    }

    /// <summary>The deep network 1 → 2 → ⋯ → 2 → 1 (k hidden layers of width 2) that computes g_k exactly on [0, 1].</summary>
    /// <param name="k">The number of compositions, k ≥ 1, e.g. 10 (1024 pieces from 61 parameters).</param>
    /// <returns>A network with depth L = k + 1 and P = 6k + 1 parameters.</returns>
    /// <remarks>
    /// Hidden layer l holds ϱ(y) and ϱ(y − ½) of y = g_{l−1}(x); the next layer forms g_l = 2ϱ(y) − 4ϱ(y − ½) and feeds it on,
    /// so its weights are [1, 1]ᵀ·[2, −4] and its biases [0, −½]. The composition is exact because y stays in [0, 1].
    /// </remarks>
    public static ReluNetwork DeepNetwork(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        double[] split = [0, -0.5];
        var layers = new List<(double[,], double[])> { (new double[,] { { 1 }, { 1 } }, split) };
        for (var l = 1; l < k; l++) layers.Add((new double[,] { { 2, -4 }, { 2, -4 } }, split));
        layers.Add((new double[,] { { 2, -4 } }, [0]));
        return new ReluNetwork(layers);
    }

    /// <summary>Telgarsky's lower bound on ∫_0^1 |f − g_k| for any continuous piecewise-linear f with t pieces.</summary>
    /// <param name="k">The sawtooth's compositions, e.g. 6.</param>
    /// <param name="pieces">The number t of linear pieces of f on [0, 1], e.g. N + 1 for one hidden layer of width N.</param>
    /// <returns>max(0, (1 − (2t + 2)/2^k)/8); e.g. 0.1016 for k = 6, t = 5.</returns>
    /// <remarks>
    /// g_k − ½ changes sign 2^k times, leaving 2^k − 1 interior triangles of area 2^{−k−2} with alternating signs. f − ½ changes
    /// sign at most t times; the at least 2^k − 1 − t triangles that contain no sign change of f lie in at most t + 1 intervals
    /// of constant sign, and in each, at least half (rounded down) of its triangles have the wrong sign, where |f − g_k| ≥ |g_k − ½|.
    /// That is at least (2^k − 2t − 2)/2 triangles, each contributing its full area. Telgarsky (2016), Section 3.2 of the paper.
    /// </remarks>
    public static double L1LowerBound(int k, long pieces)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 1);
        return Math.Max(0, (1 - (2.0 * pieces + 2) / Math.ScaleB(1, k)) / 8);
    }
}
