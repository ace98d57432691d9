namespace DeepMath.Optimization;

/// <summary>
/// (Stochastic) gradient descent, optionally with heavy-ball momentum: b ← μ b + g, x ← x - η_t b
/// (with μ = 0: x ← x - η_t g).
/// </summary>
/// <remarks>
/// The update follows <c>torch.optim.SGD</c> (the first step sets b = g). Gradient descent with η = 1/L on an
/// L-smooth convex function has f(x_t) - f* ≤ L‖x_0 - x*‖²/(2t); with a stochastic gradient and steps ∝ 1/√T the
/// averaged iterate reaches the rate T^(-1/2) (paper, Section 1.2). Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class GradientDescent : Optimizer
{
    private double[]? _buffer;

    /// <summary>Gradient descent with a constant step.</summary>
    /// <param name="lr">The step size η, e.g. 1/L.</param>
    /// <param name="momentum">The momentum μ in [0, 1), e.g. 0.9; 0 for plain gradient descent.</param>
    public GradientDescent(double lr, double momentum = 0) : this(Schedules.Constant(lr), momentum) { }

    /// <summary>Gradient descent with a step-size schedule.</summary>
    /// <param name="learningRate">The schedule t ↦ η_t, e.g. <c>Schedules.InverseSqrt(0.1)</c>.</param>
    /// <param name="momentum">The momentum μ in [0, 1), e.g. 0.9; 0 for plain gradient descent.</param>
    public GradientDescent(Func<int, double> learningRate, double momentum = 0) : base(learningRate)
    {
        if (momentum is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Use 0 ≤ μ < 1.");
        Momentum = momentum;
    }

    /// <summary>The momentum μ.</summary>
    public double Momentum { get; }

    /// <inheritdoc />
    protected override void Update(double[] x, ReadOnlySpan<double> gradient, int t, double lr)
    {
        if (Momentum == 0)
        {
            for (var i = 0; i < x.Length; i++) x[i] -= lr * gradient[i];
            return;
        }

        var b = Ensure(ref _buffer, x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            b[i] = t == 1 ? gradient[i] : Momentum * b[i] + gradient[i];
            x[i] -= lr * b[i];
        }
    }
}
