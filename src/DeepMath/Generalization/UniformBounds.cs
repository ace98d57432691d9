namespace DeepMath.Generalization;

/// <summary>Classical uniform-convergence bounds that depend on the size of the class only: the VC bound.</summary>
/// <remarks>
/// For a class of binary classifiers of VC dimension d ≤ n, with probability at least 1 - δ, every h satisfies
/// R(h) ≤ R̂(h) + √(2d ln(en/d)/n) + √(ln(1/δ)/(2n)) (Mohri, Rostamizadeh and Talwalkar 2018, Chapter 3: the growth
/// function is at most (en/d)^d by Sauer's lemma). Networks with P parameters have a VC dimension of order at least P
/// and at most of order P·L·ln P (Bartlett, Harvey, Liaw and Mehrabian 2019), so with P comparable to n the bound
/// exceeds 1 whatever the network does. Paper, Section 2 (generalization of large neural networks). Introduced in
/// chapter 02; chapter 00 shows the cruder parameter-counting bound.
/// </remarks>
public static class UniformBounds
{
    /// <summary>The VC bound's gap √(2d ln(en/d)/n) + √(ln(1/δ)/(2n)) between risk and empirical risk.</summary>
    /// <param name="n">The number of samples, e.g. 1297.</param>
    /// <param name="vcDimension">The VC dimension d (or an upper bound on it), e.g. the parameter count 520.</param>
    /// <param name="delta">The failure probability δ, e.g. 0.05.</param>
    /// <returns>The gap; +∞ when d &gt; n (the class can shatter the sample and no VC bound applies).</returns>
    public static double VcGap(int n, double vcDimension, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (!(vcDimension >= 1)) throw new ArgumentOutOfRangeException(nameof(vcDimension), vcDimension, "Must be at least 1.");
        if (!(delta > 0 && delta < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "Must lie in (0, 1).");
        if (vcDimension > n) return double.PositiveInfinity;
        return Math.Sqrt(2 * vcDimension * Math.Log(Math.E * n / vcDimension) / n) + Math.Sqrt(Math.Log(1 / delta) / (2 * n));
    }
}
