namespace DeepMath.Generalization;

/// <summary>
/// The hard-margin (maximum-margin) linear separator through the origin, and the offset that logistic-loss gradient
/// descent converges to along it (Soudry, Hoffer, Nacson, Gunasekar and Srebro 2018).
/// </summary>
/// <remarks>
/// Points are given label-multiplied, z_i = y_i x_i, so that separation means ⟨w, z_i⟩ &gt; 0 for all i. The
/// max-margin vector ŵ = argmin ‖w‖ subject to ⟨w, z_i⟩ ≥ 1 is found from its dual, max_(α ≥ 0) Σ α_i - ½‖Σ α_i z_i‖²,
/// by coordinate ascent; then ŵ = Σ α_i z_i and α_i &gt; 0 only on the support vectors (those with ⟨ŵ, z_i⟩ = 1).
/// Soudry et al.: gradient descent with step η on Σ_i ln(1 + exp(-⟨w, z_i⟩)) satisfies w(t) = ŵ ln t + w̃ + o(1),
/// where η exp(-⟨w̃, z_i⟩) = α_i on the support vectors; so the direction converges to ŵ/‖ŵ‖ only at the rate 1/ln t.
/// Paper, Section 2 (optimization and implicit regularization). Introduced in chapter 02 (generalization).
/// </remarks>
public static class MaxMargin
{
    /// <summary>The max-margin vector ŵ (margin 1: min_i ⟨ŵ, z_i⟩ = 1) and its dual weights α.</summary>
    /// <param name="z">Label-multiplied points z_i = y_i x_i, linearly separable through the origin, e.g. (1, 1), (1, -0.5), (3, 0.5).</param>
    /// <param name="tolerance">Stop when no constraint is violated by more than this and the complementary slackness gap is below it; e.g. 1e-12.</param>
    /// <param name="maxSweeps">At most this many passes over the points, e.g. 100 000.</param>
    /// <returns>ŵ and α (α_i ≥ 0; zero off the support vectors).</returns>
    /// <exception cref="InvalidOperationException">When the dual does not converge (the points may not be separable).</exception>
    public static (double[] W, double[] Alpha) Solve(IReadOnlyList<double[]> z, double tolerance = 1e-12, int maxSweeps = 100_000)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.Count == 0) throw new ArgumentException("Need at least one point.", nameof(z));
        var d = z[0].Length;
        var alpha = new double[z.Count];
        var w = new double[d];
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            var worst = 0.0;
            for (var i = 0; i < z.Count; i++)
            {
                var margin = Dot(w, z[i]);
                var updated = Math.Max(0, alpha[i] + (1 - margin) / Dot(z[i], z[i])); // exact maximization in α_i
                var change = updated - alpha[i];
                for (var k = 0; k < d; k++) w[k] += change * z[i][k];
                alpha[i] = updated;
                worst = Math.Max(worst, Math.Max(1 - margin, alpha[i] * Math.Abs(1 - margin)));
            }
            if (worst < tolerance) return (w, alpha);
        }
        throw new InvalidOperationException($"The dual did not converge in {maxSweeps} sweeps; are the points separable through the origin?");
    }

    /// <summary>The offset w̃ of Soudry et al.: the solution of ⟨w̃, z_i⟩ = -ln(α_i/η) on the support vectors (minimum norm within their span).</summary>
    /// <param name="z">The label-multiplied points.</param>
    /// <param name="alpha">Dual weights from <see cref="Solve"/>.</param>
    /// <param name="lr">The gradient-descent step η on the summed logistic loss, e.g. 0.5.</param>
    /// <param name="supportThreshold">α_i above this marks a support vector, e.g. 1e-9.</param>
    /// <returns>w̃; gradient descent's w(t) - ŵ ln t tends to it (plus a part orthogonal to the support vectors that depends on the start).</returns>
    public static double[] LogisticOffset(IReadOnlyList<double[]> z, IReadOnlyList<double> alpha, double lr, double supportThreshold = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(alpha);
        if (!(lr > 0)) throw new ArgumentOutOfRangeException(nameof(lr), lr, "The step must be positive.");
        var support = Enumerable.Range(0, z.Count).Where(i => alpha[i] > supportThreshold).ToArray();
        if (support.Length == 0) throw new ArgumentException("No support vectors: α is zero.", nameof(alpha));
        var d = z[0].Length;
        var system = new double[support.Length, d];
        for (var r = 0; r < support.Length; r++)
            for (var k = 0; k < d; k++)
                system[r, k] = z[support[r]][k];
        return LeastSquares.MinimumNorm(system, support.Select(i => -Math.Log(alpha[i] / lr)).ToArray());
    }

    private static double Dot(double[] u, double[] v)
    {
        var sum = 0.0;
        for (var k = 0; k < u.Length; k++) sum += u[k] * v[k];
        return sum;
    }
}
