namespace DeepMath.Generalization;

/// <summary>
/// PAC-Bayes bounds for a stochastic classifier: a distribution Q over parameters, compared with a prior P fixed
/// before seeing the data (Langford and Seeger 2001; Maurer 2004; Dziugaite and Roy 2017).
/// </summary>
/// <remarks>
/// For losses in [0, 1], with probability at least 1 - δ over the sample of size n ≥ 8, simultaneously for all Q:
/// kl(R̂_Q ‖ R_Q) ≤ (KL(Q ‖ P) + ln(2√n/δ))/n, where R_Q and R̂_Q are the risk and empirical risk of a network drawn
/// from Q and kl is the relative entropy of two Bernoulli distributions. Inverting kl gives an upper bound on R_Q.
/// The bound pays for the distance of Q from P, not for the number of parameters: a posterior that keeps low error
/// while spreading wide around weights near their random initialisation has a small KL(Q ‖ P). R̂_Q itself is
/// estimated from K networks drawn from Q, with its own bound (Langford and Caruana 2002). Paper, Section 2
/// (norm-based bounds and margins); see also the PAC-Bayes chapter of A. Mukherjee's 2021 thesis. Introduced in chapter 02.
/// </remarks>
public static class PacBayes
{
    /// <summary>The relative entropy kl(q ‖ p) = q ln(q/p) + (1 - q) ln((1 - q)/(1 - p)) of Bernoulli(q) from Bernoulli(p).</summary>
    /// <param name="q">First parameter, in [0, 1], e.g. an empirical error 0.03.</param>
    /// <param name="p">Second parameter, in [0, 1], e.g. a true error 0.1.</param>
    /// <returns>kl ≥ 0, zero iff q = p; +∞ when p ∈ {0, 1} and q ≠ p.</returns>
    public static double BernoulliKl(double q, double p)
    {
        if (!(q >= 0 && q <= 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "Must lie in [0, 1].");
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Must lie in [0, 1].");
        return Term(q, p) + Term(1 - q, 1 - p);
    }

    /// <summary>The kl inverse: the largest p ≥ q with kl(q ‖ p) ≤ c, found by bisection to 1e-12.</summary>
    /// <param name="q">The empirical value, in [0, 1], e.g. 0.03.</param>
    /// <param name="c">The budget, ≥ 0, e.g. (KL + ln(2√n/δ))/n = 0.25.</param>
    /// <returns>The upper confidence value for the true parameter, in [q, 1].</returns>
    public static double KlInverseUpper(double q, double c)
    {
        if (!(q >= 0 && q <= 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "Must lie in [0, 1].");
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        if (BernoulliKl(q, 1) <= c) return 1;
        var (lo, hi) = (q, 1.0);                                       // kl(q ‖ ·) increases on [q, 1]
        while (hi - lo > 1e-12)
        {
            var mid = (lo + hi) / 2;
            if (BernoulliKl(q, mid) > c) hi = mid;
            else lo = mid;
        }
        return lo;
    }

    /// <summary>The PAC-Bayes-kl bound on the risk R_Q of the stochastic classifier: kl⁻¹(R̂_Q, (KL + ln(2√n/δ))/n).</summary>
    /// <param name="empiricalRisk">R̂_Q (or an upper bound on it), in [0, 1], e.g. 0.03.</param>
    /// <param name="kl">KL(Q ‖ P), in nats, e.g. 300.</param>
    /// <param name="n">The number of training samples, at least 8, e.g. 1297.</param>
    /// <param name="delta">The failure probability δ, e.g. 0.025 (divide it among several priors when choosing among them).</param>
    /// <returns>The bound, in [R̂_Q, 1].</returns>
    public static double Bound(double empiricalRisk, double kl, int n, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kl);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 8);
        ValidateDelta(delta);
        return KlInverseUpper(empiricalRisk, (kl + Math.Log(2 * Math.Sqrt(n) / delta)) / n);
    }

    /// <summary>An upper bound on R̂_Q from the mean error of K networks drawn from Q: kl⁻¹(mean, ln(2/δ)/K).</summary>
    /// <param name="meanError">The average empirical error of the K sampled networks, e.g. 0.025.</param>
    /// <param name="samples">K, e.g. 500.</param>
    /// <param name="delta">The failure probability δ', e.g. 0.01.</param>
    /// <returns>An upper bound on R̂_Q that holds with probability 1 - δ' over the draws (Langford and Caruana 2002).</returns>
    public static double SampleConvergence(double meanError, int samples, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ValidateDelta(delta);
        return KlInverseUpper(meanError, Math.Log(2 / delta) / samples);
    }

    /// <summary>KL(N(μ, diag σ²) ‖ N(μ₀, λI)) = ½ Σ_i [(σ_i² + (μ_i - μ₀_i)²)/λ - 1 + ln(λ/σ_i²)].</summary>
    /// <param name="mean">μ, the posterior mean, e.g. trained weights.</param>
    /// <param name="sigma">σ, the posterior standard deviations, all positive.</param>
    /// <param name="priorMean">μ₀, e.g. the weights at random initialisation (chosen before seeing the data).</param>
    /// <param name="priorVariance">λ &gt; 0, e.g. 0.25.</param>
    /// <returns>The KL divergence in nats.</returns>
    public static double GaussianKl(IReadOnlyList<double> mean, IReadOnlyList<double> sigma, IReadOnlyList<double> priorMean, double priorVariance)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(sigma);
        ArgumentNullException.ThrowIfNull(priorMean);
        if (sigma.Count != mean.Count || priorMean.Count != mean.Count) throw new ArgumentException("μ, σ and μ₀ need equal lengths.");
        if (!(priorVariance > 0)) throw new ArgumentOutOfRangeException(nameof(priorVariance), priorVariance, "Must be positive.");
        var sum = 0.0;
        for (var i = 0; i < mean.Count; i++)
        {
            var variance = sigma[i] * sigma[i];
            if (!(variance > 0)) throw new ArgumentException($"σ_{i} must be positive.", nameof(sigma));
            var shift = mean[i] - priorMean[i];
            sum += (variance + shift * shift) / priorVariance - 1 + Math.Log(priorVariance / variance);
        }
        return sum / 2;
    }

    /// <summary>The prior variances λ_j = 2^j, j = -16..4, among which the bound may choose (each gets δ/21).</summary>
    public static IReadOnlyList<double> PriorVariances { get; } = Enumerable.Range(-16, 21).Select(j => Math.Pow(2, j)).ToArray();

    /// <summary>The grid value of <see cref="PriorVariances"/> nearest to λ on a log scale.</summary>
    /// <param name="priorVariance">A variance, e.g. one learnt by optimizing the bound.</param>
    /// <returns>2^round(log₂ λ), clamped to the grid.</returns>
    public static double NearestPriorVariance(double priorVariance)
    {
        if (!(priorVariance > 0)) throw new ArgumentOutOfRangeException(nameof(priorVariance), priorVariance, "Must be positive.");
        return Math.Pow(2, Math.Clamp(Math.Round(Math.Log2(priorVariance)), -16, 4));
    }

    private static double Term(double a, double b) => a == 0 ? 0 : b == 0 ? double.PositiveInfinity : a * Math.Log(a / b);

    private static void ValidateDelta(double delta)
    {
        if (!(delta > 0 && delta < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "Must lie in (0, 1).");
    }
}
