namespace DeepMath.Optimization;

/// <summary>
/// f(x, y) = x²/2 - y²/2 + y⁴/4: a strict saddle at the origin (Hessian eigenvalues ±1) between two minima (0, ±1).
/// </summary>
/// <remarks>
/// Gradient descent started on the stable manifold y = 0 converges to the saddle; any perturbation off it grows like
/// (1 + η)ᵗ, so the escape time is logarithmic in the perturbation, and random initialisation avoids strict saddles
/// almost surely (Lee et al. 2016); perturbed gradient descent escapes efficiently (Jin et al. 2017). Paper,
/// Section 5. Introduced in chapter 03 (optimization).
/// </remarks>
public static class StrictSaddle
{
    /// <summary>The value f(x, y).</summary>
    /// <param name="p">The point (x, y).</param>
    /// <returns>f(p).</returns>
    public static double Value(double[] p) => p[0] * p[0] / 2 - p[1] * p[1] / 2 + Math.Pow(p[1], 4) / 4;

    /// <summary>The gradient (x, -y + y³).</summary>
    /// <param name="p">The point (x, y).</param>
    /// <returns>The gradient, length 2.</returns>
    public static double[] Gradient(double[] p) => [p[0], -p[1] + p[1] * p[1] * p[1]];

    /// <summary>Runs gradient descent from (x0, y0) and returns the first step t with |y_t| > <paramref name="threshold"/>.</summary>
    /// <param name="x0">Start on the attracting direction, e.g. 1.</param>
    /// <param name="y0">Start on the repelling direction, e.g. 1e-6 (0 never escapes).</param>
    /// <param name="lr">Step size η, e.g. 0.1.</param>
    /// <param name="threshold">The escape level of |y|, e.g. 0.5.</param>
    /// <param name="maxSteps">Give up after this many steps, e.g. 10 000.</param>
    /// <returns>The escape step, or null when |y| never exceeds the threshold.</returns>
    public static int? EscapeTime(double x0, double y0, double lr, double threshold, int maxSteps)
    {
        double[] p = [x0, y0];
        var gd = new GradientDescent(lr);
        for (var t = 1; t <= maxSteps; t++)
        {
            gd.Step(p, Gradient(p));
            if (Math.Abs(p[1]) > threshold) return t;
        }
        return null;
    }

    /// <summary>The linearised escape time ln(threshold/|y0|)/ln(1 + η): the time for (1 + η)ᵗ |y0| to reach the threshold.</summary>
    /// <param name="y0">The initial perturbation, e.g. 1e-6.</param>
    /// <param name="lr">Step size η, e.g. 0.1.</param>
    /// <param name="threshold">The escape level, e.g. 0.5.</param>
    /// <returns>The predicted number of steps (not rounded).</returns>
    public static double PredictedEscapeTime(double y0, double lr, double threshold) =>
        Math.Log(threshold / Math.Abs(y0)) / Math.Log(1 + lr);
}
