namespace DeepMath.Optimization;

/// <summary>RMSProp: v ← α v + (1 - α) g², x ← x - η_t g / (√v + ε), coordinate-wise.</summary>
/// <remarks>
/// Tieleman and Hinton (2012); the update and defaults follow <c>torch.optim.RMSprop</c>. Each coordinate's step is
/// scaled by a running root-mean-square of its gradients. On smooth non-convex objectives, deterministic RMSProp with
/// a small enough step reaches an ε-critical point, min_t ‖∇f(x_t)‖ ≤ ε (Mukherjee 2021, PhD thesis, chapter on
/// adaptive gradient methods); the paper's Section 1.2 sets the scene of stochastic gradient methods.
/// Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class RmsProp : Optimizer
{
    private double[]? _v;

    /// <summary>RMSProp with a constant step.</summary>
    /// <param name="lr">The step size η, e.g. 0.01.</param>
    /// <param name="alpha">The smoothing constant α in [0, 1), e.g. 0.99.</param>
    /// <param name="epsilon">Added to √v for stability, e.g. 1e-8.</param>
    public RmsProp(double lr, double alpha = 0.99, double epsilon = 1e-8) : this(Schedules.Constant(lr), alpha, epsilon) { }

    /// <summary>RMSProp with a step-size schedule.</summary>
    /// <param name="learningRate">The schedule t ↦ η_t.</param>
    /// <param name="alpha">The smoothing constant α in [0, 1), e.g. 0.99.</param>
    /// <param name="epsilon">Added to √v for stability, e.g. 1e-8.</param>
    public RmsProp(Func<int, double> learningRate, double alpha = 0.99, double epsilon = 1e-8) : base(learningRate)
    {
        if (alpha is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Use 0 ≤ α < 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        Alpha = alpha;
        Epsilon = epsilon;
    }

    /// <summary>The smoothing constant α.</summary>
    public double Alpha { get; }

    /// <summary>The stabiliser ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    protected override void Update(double[] x, ReadOnlySpan<double> gradient, int t, double lr)
    {
        var v = Ensure(ref _v, x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            v[i] = Alpha * v[i] + (1 - Alpha) * gradient[i] * gradient[i];
            x[i] -= lr * gradient[i] / (Math.Sqrt(v[i]) + Epsilon);
        }
    }
}
