namespace DeepMath.Generalization;

/// <summary>
/// Norm-based complexity of a bias-free ReLU network divided by its margin: the quantity that norm-based
/// generalization bounds scale with, instead of the number of parameters.
/// </summary>
/// <remarks>
/// For f(x) = W_L ϱ(⋯ ϱ(W_1 x)) and inputs with ‖x‖ ≤ B, the Rademacher complexity of the networks with
/// ‖W_l‖_F ≤ M_l is at most B (√(2L ln 2) + 1) Π_l M_l/√n (Golowich, Rakhlin and Shamir 2018), and a margin bound turns
/// it into R(f) ≤ R̂_γ(f) + 2·(that)/γ + 3√(ln(2/δ)/(2n)), with R̂_γ the fraction of training points with margin
/// y f(x) &lt; γ. So the bound is governed by C = B Π_l ‖W_l‖_F/(γ√n); Bartlett, Foster and Telgarsky (2017) use
/// spectral norms in the same role. Rescaling the layers of a ReLU network by c_l with Π c_l = 1 leaves f and C
/// unchanged, and scaling f scales γ with it, so C cannot be gamed by rescaling. Paper, Section 2 (norm-based
/// bounds and margins). Introduced in chapter 02 (generalization).
/// </remarks>
public static class MarginComplexity
{
    /// <summary>The Frobenius norm ‖W‖_F = √(Σ_ij W_ij²).</summary>
    /// <param name="w">A weight matrix.</param>
    /// <returns>The norm.</returns>
    public static double Frobenius(double[,] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var sum = 0.0;
        foreach (var v in w) sum += v * v;
        return Math.Sqrt(sum);
    }

    /// <summary>The value below which a given fraction of the margins lie (the empirical quantile, by sorting).</summary>
    /// <param name="margins">The margins y_i f(x_i) on the training set (y_i = ±1).</param>
    /// <param name="fraction">The fraction R̂_γ allowed below γ, in [0, 1), e.g. 0.1.</param>
    /// <returns>γ: the margin of rank ⌊fraction·n⌋ in increasing order (the smallest margin for fraction 0).</returns>
    public static double MarginQuantile(IReadOnlyList<double> margins, double fraction)
    {
        ArgumentNullException.ThrowIfNull(margins);
        if (margins.Count == 0) throw new ArgumentException("Need at least one margin.", nameof(margins));
        if (!(fraction >= 0 && fraction < 1)) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Must lie in [0, 1).");
        return margins.Order().ElementAt((int)(fraction * margins.Count));
    }

    /// <summary>The margin-normalized complexity C = B Π_l ‖W_l‖_F/(γ√n).</summary>
    /// <param name="weights">The weight matrices W_1..W_L of a bias-free network.</param>
    /// <param name="inputBound">B = max_i ‖x_i‖, e.g. about 4.6 for the digits scaled to [0, 1].</param>
    /// <param name="margin">γ &gt; 0, e.g. a margin quantile.</param>
    /// <param name="n">The number of training samples.</param>
    /// <returns>C; margin bounds are of order C (times √L-type constants).</returns>
    public static double Normalized(IReadOnlyList<double[,]> weights, double inputBound, double margin, int n)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!(margin > 0)) throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be positive: the network must classify those points correctly.");
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return inputBound * weights.Aggregate(1.0, (product, w) => product * Frobenius(w)) / (margin * Math.Sqrt(n));
    }
}
