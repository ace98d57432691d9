using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>Points drawn uniformly on the unit sphere of R^d (normalised Gaussians), the inputs of the NTK experiments.</summary>
/// <remarks>
/// Du et al. (2019) assume unit-norm, pairwise non-parallel inputs; then λ_min(H∞) &gt; 0. Paper, Section 5.
/// Introduced in chapter 03 (optimization).
/// </remarks>
public static class UnitSphere
{
    /// <summary>n points uniform on the unit sphere S^(d-1), one per row.</summary>
    /// <param name="n">Number of points, e.g. 20.</param>
    /// <param name="d">Dimension of the ambient space, e.g. 5.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>[n, d] with unit rows.</returns>
    public static Matrix<double> Sample(int n, int d, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var gaussian = Matrix<double>.Build.Random(n, d, new Normal(0, 1, new MersenneTwister(seed)));
        return gaussian.NormalizeRows(2);
    }
}
