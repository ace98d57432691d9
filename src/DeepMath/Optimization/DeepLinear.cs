namespace DeepMath.Optimization;

/// <summary>
/// The scalar two-layer linear model of width k, L(a, b) = (Σ_j a_j b_j - 1)²: every local minimum is global, the
/// origin is a saddle, and the set of minima is connected only when k ≥ 2.
/// </summary>
/// <remarks>
/// The simplest case of the landscape results for deep linear networks the paper reviews in Section 5 (Kawaguchi
/// 2016: no spurious local minima). For k = 1 the minima ab = 1 form two branches and every path between them
/// crosses ab ≤ 0, where L ≥ 1; for k = 2 a rotation joins (a, b) = (e₁, e₁) to (-e₁, -e₁) at zero loss.
/// Introduced in chapter 03 (optimization).
/// </remarks>
public static class DeepLinear
{
    /// <summary>The loss L(a, b) = (aᵀb - 1)².</summary>
    /// <param name="a">First-layer weights, length k.</param>
    /// <param name="b">Second-layer weights, length k.</param>
    /// <returns>L(a, b) ≥ 0.</returns>
    public static double Loss(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count) throw new ArgumentException("a and b need the same width k.");
        var product = a.Zip(b, (u, v) => u * v).Sum();
        return (product - 1) * (product - 1);
    }

    /// <summary>The point at time s ∈ [0, 1] of the straight line from (e₁, e₁) to (-e₁, -e₁) in width k.</summary>
    /// <param name="k">Width, e.g. 2.</param>
    /// <param name="s">Time in [0, 1].</param>
    /// <returns>(a, b) with a = b = (1 - 2s) e₁.</returns>
    public static (double[] A, double[] B) StraightPath(int k, double s)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var a = new double[k];
        a[0] = 1 - 2 * s;
        return (a, (double[])a.Clone());
    }

    /// <summary>The point at time s ∈ [0, 1] of the rotation a = b = (cos πs, sin πs): a zero-loss path in width 2.</summary>
    /// <param name="s">Time in [0, 1].</param>
    /// <returns>(a, b), both of length 2.</returns>
    public static (double[] A, double[] B) RotationPath(double s)
    {
        double[] a = [Math.Cos(Math.PI * s), Math.Sin(Math.PI * s)];
        return (a, (double[])a.Clone());
    }
}
