namespace DeepMath.Optimization;

/// <summary>Step-size schedules t ↦ η_t for <see cref="Optimizer"/> (t = 1, 2, …).</summary>
/// <remarks>
/// Constant steps suit smooth problems (gradient descent with η = 1/L); decaying steps η_t = η/√t are what the
/// convergence theory of stochastic and online methods asks for (paper, Section 1.2; Reddi, Kale and Kumar 2018).
/// Introduced in chapter 03 (optimization).
/// </remarks>
public static class Schedules
{
    /// <summary>The constant step η_t = <paramref name="lr"/>.</summary>
    /// <param name="lr">The step size, e.g. 1/L for an L-smooth function.</param>
    /// <returns>The schedule.</returns>
    public static Func<int, double> Constant(double lr)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lr);
        return _ => lr;
    }

    /// <summary>The decaying step η_t = <paramref name="lr"/>/√t.</summary>
    /// <param name="lr">The first step size η_1, e.g. 0.1.</param>
    /// <returns>The schedule.</returns>
    public static Func<int, double> InverseSqrt(double lr)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lr);
        return t => lr / Math.Sqrt(t);
    }
}
