namespace DeepMath.Optimization;

/// <summary>The Rosenbrock function f(x, y) = (1 - x)² + b (y - x²)²: smooth, non-convex, minimum 0 at (1, 1) in a curved valley.</summary>
/// <remarks>
/// A classic smooth non-convex test problem (Rosenbrock 1960) for the adaptive methods of chapter 03: the theory
/// promises ε-critical points (small ‖∇f‖), not global minima (Mukherjee 2021; paper, Section 1.2).
/// </remarks>
/// <param name="b">The valley's steepness, e.g. 100 (the classic value) or 10 (a milder valley).</param>
public sealed class Rosenbrock(double b = 100)
{
    /// <summary>The valley's steepness b.</summary>
    public double B { get; } = b > 0 ? b : throw new ArgumentOutOfRangeException(nameof(b), b, "Use b > 0.");

    /// <summary>The value f(x, y).</summary>
    /// <param name="p">The point (x, y).</param>
    /// <returns>f(p) ≥ 0.</returns>
    public double Value(double[] p) => Sq(1 - p[0]) + B * Sq(p[1] - p[0] * p[0]);

    /// <summary>The gradient (-2(1 - x) - 4bx(y - x²), 2b(y - x²)).</summary>
    /// <param name="p">The point (x, y).</param>
    /// <returns>The gradient, length 2.</returns>
    public double[] Gradient(double[] p)
    {
        var valley = p[1] - p[0] * p[0];
        return [-2 * (1 - p[0]) - 4 * B * p[0] * valley, 2 * B * valley];
    }

    private static double Sq(double v) => v * v;
}
