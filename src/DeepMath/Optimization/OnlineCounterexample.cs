namespace DeepMath.Optimization;

/// <summary>
/// The online convex problem of Reddi, Kale and Kumar (2018) on [-1, 1]: f_t(x) = C x when t mod 3 = 1, else -x.
/// The average loss (C - 2) x / 3 is minimised at x* = -1, yet Adam with β₁ = 0, β₂ = 1/(1 + C²) drifts to +1.
/// </summary>
/// <remarks>
/// The large gradient C comes once every three steps and is quickly forgotten by Adam's short second-moment memory,
/// while the two small gradients -1 are divided by a small √v and push x up. AMSGrad keeps the maximum of v and
/// cannot be fooled. Paper, Section 1.2 (stochastic and adaptive gradient methods). Introduced in chapter 03.
/// </remarks>
/// <param name="c">The large gradient C &gt; 2, e.g. 3.</param>
public sealed class OnlineCounterexample(double c = 3)
{
    /// <summary>The large gradient C.</summary>
    public double C { get; } = c > 2 ? c : throw new ArgumentOutOfRangeException(nameof(c), c, "Use C > 2.");

    /// <summary>The β₂ = 1/(1 + C²) of Reddi et al.'s construction.</summary>
    public double Beta2 => 1 / (1 + C * C);

    /// <summary>The gradient of f_t, constant in x: C when t mod 3 = 1, else -1.</summary>
    /// <param name="t">The round, t ≥ 1.</param>
    /// <returns>The one-coordinate gradient.</returns>
    public double[] Gradient(int t) => [t % 3 == 1 ? C : -1];

    /// <summary>The average loss over a period, F(x) = (C - 2) x / 3, minimised on [-1, 1] at -1.</summary>
    /// <param name="x">A point of [-1, 1].</param>
    /// <returns>F(x).</returns>
    public double AverageLoss(double x) => (C - 2) * x / 3;

    /// <summary>Runs <paramref name="optimizer"/> for <paramref name="rounds"/> rounds from <paramref name="x0"/> and returns the final x.</summary>
    /// <param name="optimizer">An optimizer with a projection onto [-1, 1], e.g. Adam with β₁ = 0.</param>
    /// <param name="rounds">Number of rounds T, e.g. 300 000.</param>
    /// <param name="x0">The start, e.g. 0.</param>
    /// <returns>x_T.</returns>
    public double Run(Optimizer optimizer, int rounds, double x0 = 0)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        double[] x = [x0];
        for (var t = 1; t <= rounds; t++) optimizer.Step(x, Gradient(t));
        return x[0];
    }
}
