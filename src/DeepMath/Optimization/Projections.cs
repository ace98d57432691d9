namespace DeepMath.Optimization;

/// <summary>Euclidean projections onto simple convex sets, for projected gradient methods (<see cref="Optimizer.Projection"/>).</summary>
/// <remarks>
/// Online convex optimization runs over a bounded feasible set; the counterexample of Reddi, Kale and Kumar (2018)
/// lives on [-1, 1]. Introduced in chapter 03 (optimization), with the paper's Section 1.2.
/// </remarks>
public static class Projections
{
    /// <summary>Clamps every coordinate into [<paramref name="lo"/>, <paramref name="hi"/>]: the projection onto a box.</summary>
    /// <param name="lo">Lower end, e.g. -1.</param>
    /// <param name="hi">Upper end, e.g. 1.</param>
    /// <returns>The projection, acting in place.</returns>
    public static Action<double[]> Box(double lo, double hi)
    {
        if (!(lo <= hi)) throw new ArgumentException($"Empty box [{lo}, {hi}].", nameof(lo));
        return x =>
        {
            for (var i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i], lo, hi);
        };
    }
}
