namespace DeepMath.Optimization;

/// <summary>
/// The quadratic Bézier curve φ(t) = (1 - t)² θ_a + 2t(1 - t) θ_c + t² θ_b joining two trained networks θ_a, θ_b
/// through a control point θ_c, and the gradient of the loss at φ(t) with respect to θ_c.
/// </summary>
/// <remarks>
/// Garipov, Izmailov, Podoprikhin, Vetrov and Wilson (2018) train θ_c to minimise E_{t ~ U[0,1]} R̂(φ(t)) by
/// stochastic gradient steps with ∇_{θ_c} R̂(φ(t)) = 2t(1 - t) ∇R̂(φ(t)); Draxler, Veschgini, Salmhofer and
/// Hamprecht (2018) found such low-loss paths by a nudged elastic band. Paper, Section 5 (loss landscape analysis).
/// Introduced in chapter 03 (optimization).
/// </remarks>
public static class BezierCurve
{
    /// <summary>The point φ(t) = (1 - t)² θ_a + 2t(1 - t) θ_c + t² θ_b.</summary>
    /// <param name="from">θ_a = φ(0).</param>
    /// <param name="control">θ_c, e.g. (θ_a + θ_b)/2 before training (then φ is the straight line).</param>
    /// <param name="to">θ_b = φ(1).</param>
    /// <param name="t">Time in [0, 1].</param>
    /// <returns>φ(t).</returns>
    public static double[] Point(double[] from, double[] control, double[] to, double t)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Length != control.Length || to.Length != control.Length) throw new ArgumentException("Vectors need the same length.");
        var (a, c, b) = ((1 - t) * (1 - t), 2 * t * (1 - t), t * t);
        return control.Select((v, k) => a * from[k] + c * v + b * to[k]).ToArray();
    }

    /// <summary>The chain rule ∇_{θ_c} R̂(φ(t)) = 2t(1 - t) ∇R̂(φ(t)), written in place into <paramref name="gradientAtPoint"/>.</summary>
    /// <param name="t">Time in [0, 1].</param>
    /// <param name="gradientAtPoint">∇R̂ at φ(t), overwritten with the gradient with respect to the control point.</param>
    public static void ToControlGradient(double t, double[] gradientAtPoint)
    {
        ArgumentNullException.ThrowIfNull(gradientAtPoint);
        var factor = 2 * t * (1 - t);
        for (var k = 0; k < gradientAtPoint.Length; k++) gradientAtPoint[k] *= factor;
    }
}
