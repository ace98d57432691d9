namespace DeepMath.Architectures;

/// <summary>Batch normalization as plain arrays: each column (neuron) of a batch standardized by its batch mean and variance.</summary>
/// <remarks>
/// Berner et al., Section 6 (batch normalization, Ioffe and Szegedy 2015): BN(z)_{ij} = (z_{ij} - μ_j) / √(σ_j² + ε) with
/// μ_j and σ_j² the mean and (biased) variance of column j over the n rows of the batch. Because μ and σ scale with z,
/// BN(α·z) = BN(z) for every α &gt; 0 when ε = 0: a layer z = W x followed by BN does not see the scale of W, and its
/// loss gradient is orthogonal to W and shrinks like 1/α (Arora, Li and Lyu 2019; van Laarhoven 2017). With ε &gt; 0 the
/// invariance holds up to a relative error of order ε/σ². Chapter 05 (architectures) checks TorchSharp's layer against it.
/// </remarks>
public static class BatchNormalization
{
    /// <summary>Standardizes every column of a batch: (z_{ij} - μ_j) / √(σ_j² + ε), σ_j² the biased batch variance.</summary>
    /// <param name="z">Pre-activations, shape [n, N]: one row per sample of the batch, n ≥ 2.</param>
    /// <param name="eps">ε added to the variance, e.g. 0 (exact scale invariance) or 1e-5 (TorchSharp's default).</param>
    /// <returns>A new [n, N] array whose columns have mean 0 and variance σ²/(σ² + ε).</returns>
    public static double[,] Normalize(double[,] z, double eps = 0)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentOutOfRangeException.ThrowIfNegative(eps);
        var (n, width) = (z.GetLength(0), z.GetLength(1));
        if (n < 2) throw new ArgumentException("A batch needs at least two rows to have a variance.", nameof(z));
        var y = new double[n, width];
        for (var j = 0; j < width; j++)
        {
            var mean = 0.0;
            for (var i = 0; i < n; i++) mean += z[i, j];
            mean /= n;
            var variance = 0.0;
            for (var i = 0; i < n; i++) variance += (z[i, j] - mean) * (z[i, j] - mean);
            variance /= n;
            var scale = 1 / Math.Sqrt(variance + eps);
            for (var i = 0; i < n; i++) y[i, j] = (z[i, j] - mean) * scale;
        }
        return y;
    }
}
