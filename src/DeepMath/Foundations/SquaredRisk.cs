namespace DeepMath.Foundations;

/// <summary>Risk and empirical risk for the squared loss ℒ(f, (x, y)) = (f(x) − y)² on a regression task with known truth.</summary>
/// <remarks>
/// Berner et al., Section 1.2 (risk R(f) = E[ℒ(f, Z)], empirical risk R̂_s(f) = (1/n) Σ ℒ(f, z_i)). For data
/// y = f*(x) + ε with E[ε | x] = 0 and Var ε = σ², the risk of any f is R(f) = σ² + E_x[(f(x) − f*(x))²] and the Bayes
/// risk is R* = σ², attained by f*. When we built the task we know f* and σ, so <see cref="Risk"/> computes R(f) from
/// that identity by the midpoint rule instead of sampling a noisy test set. Chapter 00.
/// </remarks>
public static class SquaredRisk
{
    /// <summary>R(f) = σ² + ∫ (f − f*)² dx / (hi − lo) for x uniform on [lo, hi], by the midpoint rule.</summary>
    /// <param name="f">The model, e.g. a trained network's realization.</param>
    /// <param name="target">The regression function f*, e.g. x ↦ sin(2πx).</param>
    /// <param name="noiseSd">The noise level σ, e.g. 0.3.</param>
    /// <param name="lo">Left end of the input interval, e.g. -1.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <param name="points">Midpoint-rule nodes, e.g. 4096 (error O(points⁻²) for smooth integrands).</param>
    /// <returns>The risk.</returns>
    public static double Risk(Func<double, double> f, Func<double, double> target, double noiseSd,
        double lo = -1, double hi = 1, int points = 4096)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var h = (hi - lo) / points;
        var sum = 0.0;
        for (var k = 0; k < points; k++)
        {
            var x = lo + (k + 0.5) * h;
            var e = f(x) - target(x);
            sum += e * e;
        }
        return noiseSd * noiseSd + sum / points;
    }

    /// <summary>R̂_s(f) = (1/n) Σ (f(x_i) − y_i)², the mean squared error on a sample.</summary>
    /// <param name="f">The model.</param>
    /// <param name="x">Inputs x_1 … x_n.</param>
    /// <param name="y">Targets y_1 … y_n.</param>
    /// <returns>The empirical risk.</returns>
    public static double Empirical(Func<double, double> f, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count == 0) throw new ArgumentException("Need n ≥ 1 inputs and as many targets.");
        var sum = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            var e = f(x[i]) - y[i];
            sum += e * e;
        }
        return sum / x.Count;
    }
}
