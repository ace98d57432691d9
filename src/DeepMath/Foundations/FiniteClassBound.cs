namespace DeepMath.Foundations;

/// <summary>Uniform convergence for a finite hypothesis class: Hoeffding's inequality plus a union bound.</summary>
/// <remarks>
/// Berner et al., Section 1.2 (generalization error) with the standard argument (e.g. Shalev-Shwartz and Ben-David
/// 2014, Corollary 4.6): for a loss with values in [0, 1] and n i.i.d. samples, Hoeffding gives
/// P(|R̂_s(h) − R(h)| &gt; ε) ≤ 2 exp(−2nε²) for each h, and a union over the |H| hypotheses gives, with probability at
/// least 1 − δ, sup_{h ∈ H} |R̂_s(h) − R(h)| ≤ √(ln(2|H|/δ) / (2n)). Chapter 00 (foundations) tests it by resampling
/// and applies it to networks stored in float32, a finite class of at most 2^(32P) functions.
/// </remarks>
public static class FiniteClassBound
{
    /// <summary>√(ln(2|H|/δ)/(2n)): with probability ≥ 1 − δ, no hypothesis has |R − R̂_s| above this.</summary>
    /// <param name="classSize">|H|, e.g. 100 thresholds.</param>
    /// <param name="n">Sample size, e.g. 200.</param>
    /// <param name="delta">Failure probability δ, e.g. 0.05.</param>
    /// <returns>The bound, e.g. 0.1440 for |H| = 100, n = 200, δ = 0.05.</returns>
    public static double Uniform(double classSize, int n, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classSize, 1);
        return UniformFromLog(Math.Log(classSize), n, delta);
    }

    /// <summary>The same bound from ln|H|, for classes too large to write down, e.g. ln|H| = 32·P·ln 2.</summary>
    /// <param name="logClassSize">ln|H| ≥ 0, e.g. ln 100 = 4.605.</param>
    /// <param name="n">Sample size, e.g. 200.</param>
    /// <param name="delta">Failure probability δ in (0, 1), e.g. 0.05.</param>
    /// <returns>√((ln|H| + ln(2/δ))/(2n)).</returns>
    public static double UniformFromLog(double logClassSize, int n, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(logClassSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (!(delta > 0 && delta < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "δ must lie in (0, 1).");
        return Math.Sqrt((logClassSize + Math.Log(2 / delta)) / (2.0 * n));
    }

    /// <summary>ln|H| for networks whose P parameters are each stored in <paramref name="bits"/> bits: P·bits·ln 2.</summary>
    /// <param name="parameters">The parameter count P, e.g. 19 210 for 64 → 256 → 10.</param>
    /// <param name="bits">Bits per parameter, e.g. 32 for float32.</param>
    /// <returns>The logarithm of the number of distinct parameter vectors, an upper bound on ln|H|.</returns>
    /// <remarks>A parameter-counting bound: any class whose members are described by P numbers of b bits has at most 2^(bP) members.</remarks>
    public static double LogSizeOfQuantizedNetworks(long parameters, int bits = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        return parameters * bits * Math.Log(2);
    }
}
