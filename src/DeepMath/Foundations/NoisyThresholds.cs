using MathNet.Numerics.Random;

namespace DeepMath.Foundations;

/// <summary>
/// A finite class of threshold classifiers h_k(x) = 1[x ≥ k/K], k = 0..K−1, on x ~ U[0, 1] with labels
/// y = 1[x ≥ cut] flipped with probability p: every risk is known in closed form, so the worst-case gap
/// sup_k |R̂_s(h_k) − R(h_k)| of a sample can be computed exactly.
/// </summary>
/// <remarks>
/// Berner et al., Section 1.2 (uniform convergence as the route to generalization). The 0-1 risk of threshold θ is
/// R(θ) = p + (1 − 2p)|θ − cut|: the labels disagree with h on the band between θ and cut with probability 1 − p and
/// elsewhere with probability p. Chapter 00 compares the resampled gaps with <see cref="FiniteClassBound.Uniform"/>.
/// </remarks>
/// <param name="ClassSize">K = |H|, e.g. 100.</param>
/// <param name="Cut">Where the clean label switches from 0 to 1, e.g. 0.3.</param>
/// <param name="FlipProbability">Label noise p, e.g. 0.1.</param>
public sealed record NoisyThresholds(int ClassSize = 100, double Cut = 0.3, double FlipProbability = 0.1)
{
    /// <summary>The threshold θ_k = k/K of hypothesis k.</summary>
    /// <param name="k">Index 0..K−1.</param>
    /// <returns>θ_k.</returns>
    public double Threshold(int k) => (double)k / ClassSize;

    /// <summary>The 0-1 risk R(θ) = p + (1 − 2p)|θ − cut| of the classifier 1[x ≥ θ].</summary>
    /// <param name="theta">A threshold in [0, 1].</param>
    /// <returns>The probability of a wrong label.</returns>
    public double Risk(double theta) => FlipProbability + (1 - 2 * FlipProbability) * Math.Abs(theta - Cut);

    /// <summary>Draws n labelled points: x ~ U[0, 1], y = 1[x ≥ cut] flipped with probability p.</summary>
    /// <param name="n">Sample size, e.g. 200.</param>
    /// <param name="random">The generator; successive calls draw independent samples.</param>
    /// <returns>The inputs and labels.</returns>
    public (double[] X, bool[] Y) Sample(int n, System.Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = new double[n];
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = random.NextDouble();
            y[i] = (x[i] >= Cut) ^ (random.NextDouble() < FlipProbability);
        }
        return (x, y);
    }

    /// <summary>The empirical risks R̂_s(h_k), k = 0..K−1: the fraction of sample points each threshold misclassifies.</summary>
    /// <param name="x">Inputs.</param>
    /// <param name="y">Labels.</param>
    /// <returns>One empirical risk per hypothesis.</returns>
    /// <remarks>
    /// One sweep over the sorted sample: h_k errs on the points below θ_k labelled 1 and the points at or above θ_k
    /// labelled 0, and both counts change only where a sample point is passed, so all K risks cost O(n log n + K).
    /// </remarks>
    public double[] EmpiricalRisks(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count == 0) throw new ArgumentException("Need n ≥ 1 inputs and as many labels.");
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        var onesBelow = 0;                          // points left of θ labelled 1: h says 0, wrong
        var zerosAtOrAbove = y.Count(label => !label); // points at or right of θ labelled 0: h says 1, wrong
        var risks = new double[ClassSize];
        var next = 0;
        for (var k = 0; k < ClassSize; k++)
        {
            var theta = Threshold(k);
            for (; next < order.Length && x[order[next]] < theta; next++)
            {
                if (y[order[next]]) onesBelow++;
                else zerosAtOrAbove--;
            }
            risks[k] = (double)(onesBelow + zerosAtOrAbove) / x.Count;
        }
        return risks;
    }

    /// <summary>sup_k |R̂_s(h_k) − R(h_k)| for one sample.</summary>
    /// <param name="x">Inputs.</param>
    /// <param name="y">Labels.</param>
    /// <returns>The worst-case gap over the class.</returns>
    public double WorstCaseGap(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        var empirical = EmpiricalRisks(x, y);
        return Enumerable.Range(0, ClassSize).Max(k => Math.Abs(empirical[k] - Risk(Threshold(k))));
    }

    /// <summary>The worst-case gap of each of many independent training samples of size n.</summary>
    /// <param name="n">Sample size, e.g. 200.</param>
    /// <param name="resamples">Number of samples, e.g. 2000.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>One worst-case gap per sample.</returns>
    public double[] WorstCaseGaps(int n, int resamples, int seed)
    {
        var random = new MersenneTwister(seed);
        var gaps = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var (x, y) = Sample(n, random);
            gaps[r] = WorstCaseGap(x, y);
        }
        return gaps;
    }
}
