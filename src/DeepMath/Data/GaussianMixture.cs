using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>k Gaussian clusters in R^d, one per class: x = μ_c + σ·ε with random centres μ_c.</summary>
/// <remarks>
/// A classification problem whose difficulty is set by the ratio of centre spread to cluster width. With
/// equal-covariance clusters the Bayes classifier is linear (nearest centre), a useful reference for what a network
/// should at least reach (Berner et al., Section 1.2, the Bayes risk).
/// </remarks>
public static class GaussianMixture
{
    /// <summary>The k centres μ_c ~ N(0, separation²·I_d) used by <see cref="Generate"/> for the same seed.</summary>
    /// <param name="classes">Number of clusters k, e.g. 3.</param>
    /// <param name="d">Dimension, e.g. 2.</param>
    /// <param name="separation">Standard deviation of the centres' coordinates, e.g. 2.</param>
    /// <param name="seed">Random seed, e.g. 0.</param>
    /// <returns>Centres, shape [k, d].</returns>
    public static double[,] Centres(int classes, int d, double separation, int seed) =>
        Centres(classes, d, separation, new MersenneTwister(seed));

    /// <summary>Draws <paramref name="nPerClass"/> points around each of k seeded centres, class 0 first.</summary>
    /// <param name="classes">Number of clusters k, e.g. 3.</param>
    /// <param name="d">Dimension, e.g. 2.</param>
    /// <param name="nPerClass">Points per cluster, e.g. 100.</param>
    /// <param name="separation">Standard deviation of the centres' coordinates, e.g. 2.</param>
    /// <param name="std">Standard deviation σ of each cluster per coordinate, e.g. 0.5.</param>
    /// <param name="seed">Random seed, e.g. 0; centres and points both follow from it.</param>
    /// <returns>A labelled data set with X of shape [k·nPerClass, d].</returns>
    public static LabelledDataset Generate(int classes, int d, int nPerClass, double separation, double std, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nPerClass, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(std);
        var rng = new MersenneTwister(seed);
        var centres = Centres(classes, d, separation, rng);
        var n = classes * nPerClass;
        var labels = Enumerable.Range(0, n).Select(i => i / nPerClass).ToArray();
        var x = Rows.Build(n, d, (i, j) => centres[labels[i], j] + std * Normal.Sample(rng, 0, 1));
        return new LabelledDataset(x, labels, classes);
    }

    private static double[,] Centres(int classes, int d, double separation, System.Random rng)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(separation);
        return Rows.Build(classes, d, (_, _) => separation * Normal.Sample(rng, 0, 1));
    }
}
