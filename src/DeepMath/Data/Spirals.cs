using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>Two interleaved spirals in the plane, one per class: a classic data set no linear classifier separates.</summary>
/// <remarks>
/// Class c ∈ {0, 1} has points at radius r = 0.1 + 0.9·t and angle θ = 2π·turns·t + π·c, t ~ U[0, 1], plus Gaussian
/// noise in each coordinate; all points lie roughly in the unit disc. Separating them needs a nonlinear decision
/// boundary, which a small ReLU MLP learns (Berner et al., Section 1.1, the learning problem; chapter 00).
/// </remarks>
public static class Spirals
{
    /// <summary>Draws <paramref name="nPerClass"/> points of each spiral, class 0 first, then class 1.</summary>
    /// <param name="nPerClass">Points per spiral, e.g. 200 (n = 400 in total).</param>
    /// <param name="noise">Standard deviation of the Gaussian jitter per coordinate, e.g. 0.02; 0 puts points on the curves.</param>
    /// <param name="seed">Random seed, e.g. 0; the same seed gives the same points.</param>
    /// <param name="turns">Number of full turns of each spiral, e.g. 1.5; more turns are harder to separate.</param>
    /// <returns>A labelled data set with X of shape [2·nPerClass, 2] and k = 2.</returns>
    public static LabelledDataset Generate(int nPerClass, double noise, int seed, double turns = 1.5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nPerClass, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(turns);
        var rng = new MersenneTwister(seed);
        var n = 2 * nPerClass;
        var x = new double[n, 2];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var c = i / nPerClass;
            var t = rng.NextDouble();
            var r = 0.1 + 0.9 * t;
            var theta = 2 * Math.PI * turns * t + Math.PI * c;
            x[i, 0] = r * Math.Cos(theta) + noise * Normal.Sample(rng, 0, 1);
            x[i, 1] = r * Math.Sin(theta) + noise * Normal.Sample(rng, 0, 1);
            labels[i] = c;
        }
        return new LabelledDataset(x, labels, 2);
    }
}
