using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Optimization;

/// <summary>
/// The neural tangent kernel Gram matrices of a two-layer ReLU network f(x) = N^(-1/2) Σ_r a_r max(0, w_rᵀx) with
/// trained first layer: the limit H∞ (infinite width) and the empirical H at given weights.
/// </summary>
/// <remarks>
/// Du, Zhai, Poczos and Singh (2019): H∞_ij = E_{w ~ N(0, I)}[x_iᵀx_j 1{wᵀx_i ≥ 0, wᵀx_j ≥ 0}]
/// = x_iᵀx_j (π - θ_ij)/(2π), θ_ij the angle between x_i and x_j; when λ_min(H∞) &gt; 0 and the width is large,
/// gradient descent on ½‖u - y‖² converges linearly, ‖u(t) - y‖² ≤ (1 - ηλ_min/2)ᵗ ‖u(0) - y‖², and near the limit
/// the residual follows u(t) - y ≈ (I - ηH∞)ᵗ (u(0) - y). The kernel view is that of Jacot, Gabriel and Hongler
/// (2018); why such "lazy" training barely moves the weights is explained by Chizat, Oyallon and Bach (2019).
/// Paper, Section 5 (lazy training and provable convergence). Introduced in chapter 03 (optimization).
/// </remarks>
public static class NtkGram
{
    /// <summary>The infinite-width Gram matrix H∞_ij = x_iᵀx_j (π - arccos(cos θ_ij))/(2π).</summary>
    /// <param name="x">Inputs, one row per sample: [n, d], e.g. 20 unit vectors in R⁵.</param>
    /// <returns>H∞, [n, n], symmetric positive semi-definite.</returns>
    public static Matrix<double> Infinity(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var norms = x.RowNorms(2);
        var inner = x * x.Transpose(); // [n, n]
        return Matrix<double>.Build.Dense(x.RowCount, x.RowCount, (i, j) =>
        {
            var cosine = Math.Clamp(inner[i, j] / (norms[i] * norms[j]), -1, 1);
            return inner[i, j] * (Math.PI - Math.Acos(cosine)) / (2 * Math.PI);
        });
    }

    /// <summary>The empirical Gram H_ij = (1/N) Σ_r x_iᵀx_j 1{w_rᵀx_i &gt; 0, w_rᵀx_j &gt; 0} at first-layer weights W.</summary>
    /// <param name="w">First-layer weights, one row per neuron: [N, d].</param>
    /// <param name="x">Inputs, one row per sample: [n, d].</param>
    /// <returns>H, [n, n]; tends to <see cref="Infinity"/> as N → ∞ with W ~ N(0, I).</returns>
    public static Matrix<double> Empirical(Matrix<double> w, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(x);
        var active = (w * x.Transpose()).Map(z => z > 0 ? 1.0 : 0.0); // [N, n]
        var together = active.TransposeThisAndMultiply(active) / w.RowCount; // [n, n]: fraction active on both
        return together.PointwiseMultiply(x * x.Transpose());
    }
}
