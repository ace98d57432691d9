namespace DeepMath.Generalization;

/// <summary>
/// The risk of minimum-norm least squares with isotropic Gaussian features, in closed form: exactly at finite n
/// (Belkin, Hsu and Xu 2020) and in the proportional limit p/n → γ (Hastie, Montanari, Rosset and Tibshirani 2019).
/// </summary>
/// <remarks>
/// Model: x ~ N(0, I_D), y = ⟨β, x⟩ + ε with ε ~ N(0, σ²); the estimator sees only the first p coordinates and
/// returns β̂ = X_p⁺ y (least squares for p &lt; n, the minimum-norm interpolant for p &gt; n). Write
/// s = ‖β_(1..p)‖² (signal the model can use) and m = ‖β_(p+1..D)‖² (signal it misses, which acts as extra noise).
/// The risk R = E[(y - ⟨β̂, x_(1..p)⟩)²] = ‖β̂ - β_(1..p)‖² + m + σ² has expectation
/// (m + σ²)(1 + p/(n - p - 1)) for p ≤ n - 2 and s(1 - n/p) + (m + σ²)(1 + n/(p - n - 1)) for p ≥ n + 2, and is
/// infinite in between: the variance term σ²·tr((XᵀX)⁻¹) of an inverse Wishart matrix blows up at p = n. As
/// n, p → ∞ with p/n → γ these become (m + σ²)/(1 - γ) and s(1 - 1/γ) + (m + σ²)γ/(γ - 1), Hastie et al.'s formula
/// for isotropic features (with m = 0 their well-specified case). Paper, Section 2 (double descent).
/// Introduced in chapter 02 (generalization).
/// </remarks>
public static class MinimumNormRisk
{
    /// <summary>The expected risk of the minimum-norm least-squares estimator at finite n (Belkin, Hsu and Xu 2020, Theorem 1).</summary>
    /// <param name="n">The number of samples, e.g. 40.</param>
    /// <param name="p">The number of features the model uses, e.g. 20 or 200.</param>
    /// <param name="signal">s = ‖β_(1..p)‖², the signal inside the model, e.g. p/D.</param>
    /// <param name="missed">m = ‖β_(p+1..D)‖², the signal outside it, e.g. (D - p)/D; 0 for a well-specified model.</param>
    /// <param name="noiseVariance">σ², e.g. 0.25.</param>
    /// <returns>E[R], including the irreducible m + σ²; +∞ when |p - n| ≤ 1.</returns>
    public static double Expected(int n, int p, double signal, double missed, double noiseVariance)
    {
        Validate(signal, missed, noiseVariance);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        var noise = missed + noiseVariance;
        if (p <= n - 2) return noise * (1 + p / (double)(n - p - 1));
        if (p >= n + 2) return signal * (1 - n / (double)p) + noise * (1 + n / (double)(p - n - 1));
        return double.PositiveInfinity;
    }

    /// <summary>The limit of the risk as n, p → ∞ with p/n → γ (Hastie, Montanari, Rosset and Tibshirani 2019, isotropic features).</summary>
    /// <param name="gamma">γ = p/n, the overparametrization ratio, e.g. 0.5 or 5.</param>
    /// <param name="signal">s = ‖β_(1..p)‖², e.g. 1.</param>
    /// <param name="missed">m = ‖β_(p+1..D)‖², 0 for the well-specified model.</param>
    /// <param name="noiseVariance">σ², e.g. 0.25.</param>
    /// <returns>(m + σ²)/(1 - γ) for γ &lt; 1, s(1 - 1/γ) + (m + σ²)γ/(γ - 1) for γ &gt; 1, +∞ at γ = 1.</returns>
    public static double Limit(double gamma, double signal, double missed, double noiseVariance)
    {
        Validate(signal, missed, noiseVariance);
        if (!(gamma > 0)) throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "γ = p/n must be positive.");
        var noise = missed + noiseVariance;
        if (gamma < 1) return noise / (1 - gamma);
        if (gamma > 1) return signal * (1 - 1 / gamma) + noise * gamma / (gamma - 1);
        return double.PositiveInfinity;
    }

    private static void Validate(double signal, double missed, double noiseVariance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(signal);
        ArgumentOutOfRangeException.ThrowIfNegative(missed);
        ArgumentOutOfRangeException.ThrowIfNegative(noiseVariance);
    }
}
