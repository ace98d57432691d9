using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Generalization;

/// <summary>
/// Monte Carlo for the risk of minimum-norm least squares with isotropic Gaussian features: each repetition draws
/// β ~ N(0, I_D/D), n samples x ~ N(0, I_D) with y = ⟨β, x⟩ + σε, and fits the first p coordinates.
/// </summary>
/// <remarks>
/// With isotropic x the risk of an estimate is known exactly, R = ‖β̂ - β_(1..p)‖² + ‖β_(p+1..D)‖² + σ², so no test
/// set is needed; its expectation is <see cref="MinimumNormRisk.Expected"/> with s = p/D and m = (D - p)/D. The fits
/// use <see cref="LeastSquares.MinimumNorm"/> (Householder QR), which stays accurate at p ≈ n. Paper, Section 2.
/// Introduced in chapter 02 (generalization).
/// </remarks>
public static class IsotropicRegression
{
    /// <summary>The risks of the minimum-norm fits on the first p features, for each p and each repetition.</summary>
    /// <param name="n">Samples per repetition, e.g. 40.</param>
    /// <param name="totalFeatures">D, the dimension of x, e.g. 400.</param>
    /// <param name="sigma">Noise standard deviation σ, e.g. 0.5.</param>
    /// <param name="featureCounts">The values of p, each in [1, D], e.g. 5, 10, …, 400.</param>
    /// <param name="repetitions">Independent draws of (β, X, ε), e.g. 200.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>risks[k][r]: the risk of repetition r with p = featureCounts[k].</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static double[][] SimulatedRisks(int n, int totalFeatures, double sigma, IReadOnlyList<int> featureCounts,
        int repetitions, int seed)
    {
        ArgumentNullException.ThrowIfNull(featureCounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(sigma);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        if (featureCounts.Any(p => p < 1 || p > totalFeatures))
            throw new ArgumentOutOfRangeException(nameof(featureCounts), $"Every p must lie in [1, {totalFeatures}].");
        var rng = new MersenneTwister(seed);
        var risks = featureCounts.Select(_ => new double[repetitions]).ToArray();
        var scale = 1 / Math.Sqrt(totalFeatures);
        var gaussians = new double[totalFeatures + n * totalFeatures + n];
        for (var r = 0; r < repetitions; r++)
        {
            Normal.Samples(rng, gaussians, 0, 1);                       // β, then X row by row, then ε
            var beta = new double[totalFeatures];
            for (var j = 0; j < totalFeatures; j++) beta[j] = scale * gaussians[j];
            var x = new double[n, totalFeatures];
            var y = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < totalFeatures; j++)
                {
                    x[i, j] = gaussians[totalFeatures + i * totalFeatures + j];
                    y[i] += x[i, j] * beta[j];
                }
                y[i] += sigma * gaussians[totalFeatures + n * totalFeatures + i];
            }
            for (var k = 0; k < featureCounts.Count; k++)
            {
                var p = featureCounts[k];
                var estimate = LeastSquares.MinimumNorm(x, y, p);
                var risk = sigma * sigma;
                for (var j = 0; j < totalFeatures; j++)
                {
                    var error = (j < p ? estimate[j] : 0) - beta[j];
                    risk += error * error;
                }
                risks[k][r] = risk;
            }
        }
        return risks;
    }
}
