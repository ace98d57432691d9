using System.Runtime.CompilerServices;

namespace DeepMath.Generalization;

/// <summary>
/// Polynomial regression in the Legendre basis, orthonormal for the uniform distribution on [-1, 1]: the classical
/// model class whose test error against the degree is U-shaped.
/// </summary>
/// <remarks>
/// The features are φ_k(x) = √(2k + 1) P_k(x), k = 0..D, with P_k the Legendre polynomials (P_0 = 1, P_1 = x,
/// k P_k = (2k - 1) x P_(k-1) - (k - 1) P_(k-2)), so that E[φ_j(X) φ_k(X)] = δ_jk for X ~ U[-1, 1]. An orthonormal
/// basis keeps the design matrix well conditioned for moderate degrees; the U-curve is then a property of the model
/// class, not of round-off. Paper, Section 1.2 (the trade-off between approximation and generalization error).
/// Introduced in chapter 02 (generalization).
/// </remarks>
public static class Legendre
{
    /// <summary>The features φ_0(x), …, φ_D(x) = √(2k + 1) P_k(x).</summary>
    /// <param name="x">A point of [-1, 1], e.g. 0.3.</param>
    /// <param name="degree">The degree D ≥ 0, e.g. 9.</param>
    /// <returns>An array of length D + 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static double[] Features(double x, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var p = new double[degree + 1];
        p[0] = 1;
        if (degree >= 1) p[1] = x;
        for (var k = 2; k <= degree; k++) p[k] = ((2 * k - 1) * x * p[k - 1] - (k - 1) * p[k - 2]) / k;
        for (var k = 0; k <= degree; k++) p[k] *= Math.Sqrt(2 * k + 1);
        return p;
    }

    /// <summary>The least-squares fit of degree D: coefficients c minimizing Σ_i (Σ_k c_k φ_k(x_i) - y_i)².</summary>
    /// <param name="x">Inputs in [-1, 1], e.g. 30 uniform draws.</param>
    /// <param name="y">Targets, one per input.</param>
    /// <param name="degree">The degree D; D + 1 ≤ n gives least squares, D + 1 &gt; n the minimum-norm interpolant.</param>
    /// <returns>The coefficients c_0..c_D.</returns>
    public static double[] Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, int degree)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var design = new double[x.Count, degree + 1];                // [n, D + 1]
        for (var i = 0; i < x.Count; i++)
        {
            var features = Features(x[i], degree);
            for (var k = 0; k <= degree; k++) design[i, k] = features[k];
        }
        return LeastSquares.MinimumNorm(design, y);
    }

    /// <summary>The fitted polynomial Σ_k c_k φ_k(x).</summary>
    /// <param name="coefficients">c_0..c_D, e.g. from <see cref="Fit"/>.</param>
    /// <param name="x">The point, in [-1, 1].</param>
    /// <returns>The value.</returns>
    public static double Evaluate(IReadOnlyList<double> coefficients, double x)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var features = Features(x, coefficients.Count - 1);
        var value = 0.0;
        for (var k = 0; k < features.Length; k++) value += coefficients[k] * features[k];
        return value;
    }

    /// <summary>The squared L² distance E_x[(Σ c_k φ_k(x) - f(x))²] for x ~ U[-1, 1], by the midpoint rule.</summary>
    /// <param name="coefficients">c_0..c_D.</param>
    /// <param name="f">The target, e.g. x ↦ sin(πx) + ½cos(3πx).</param>
    /// <param name="points">Midpoint-rule nodes, e.g. 2000.</param>
    /// <returns>The excess test error of the fit (add σ² for the test error on noisy labels).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static double SquaredDistance(IReadOnlyList<double> coefficients, Func<double, double> f, int points = 2000)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var sum = 0.0;
        for (var i = 0; i < points; i++)
        {
            var x = -1 + (2 * i + 1.0) / points;
            var e = Evaluate(coefficients, x) - f(x);
            sum += e * e;
        }
        return sum / points;
    }
}
