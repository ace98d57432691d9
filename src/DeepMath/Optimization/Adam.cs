namespace DeepMath.Optimization;

/// <summary>
/// Adam, and AMSGrad when <c>amsGrad</c> is set: m ← β₁m + (1 - β₁)g, v ← β₂v + (1 - β₂)g²,
/// x ← x - η_t m̂ / (√v̂ + ε), with bias corrections m̂ = m/(1 - β₁ᵗ), v̂ = v/(1 - β₂ᵗ); AMSGrad uses the running
/// maximum of v in place of v.
/// </summary>
/// <remarks>
/// Kingma and Ba (2015); AMSGrad from Reddi, Kale and Kumar (2018), who showed that Adam can converge to the worst
/// point of a convex online problem while AMSGrad cannot. The update follows <c>torch.optim.Adam</c> (including
/// <c>amsgrad: true</c>), so it can be tested against it. Convergence to ε-critical points of smooth non-convex
/// functions: Mukherjee (2021, PhD thesis). Paper, Section 1.2. Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class Adam : Optimizer
{
    private double[]? _m;
    private double[]? _v;
    private double[]? _vMax;

    /// <summary>Adam (or AMSGrad) with a constant step.</summary>
    /// <param name="lr">The step size η, e.g. 0.001.</param>
    /// <param name="beta1">First-moment decay β₁ in [0, 1), e.g. 0.9 (0 turns off momentum).</param>
    /// <param name="beta2">Second-moment decay β₂ in [0, 1), e.g. 0.999.</param>
    /// <param name="epsilon">Added to √v̂ for stability, e.g. 1e-8.</param>
    /// <param name="amsGrad">True for AMSGrad (running maximum of the second moment).</param>
    public Adam(double lr, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, bool amsGrad = false)
        : this(Schedules.Constant(lr), beta1, beta2, epsilon, amsGrad) { }

    /// <summary>Adam (or AMSGrad) with a step-size schedule.</summary>
    /// <param name="learningRate">The schedule t ↦ η_t, e.g. <c>Schedules.InverseSqrt(0.1)</c>.</param>
    /// <param name="beta1">First-moment decay β₁ in [0, 1), e.g. 0.9.</param>
    /// <param name="beta2">Second-moment decay β₂ in [0, 1), e.g. 0.999.</param>
    /// <param name="epsilon">Added to √v̂ for stability, e.g. 1e-8.</param>
    /// <param name="amsGrad">True for AMSGrad.</param>
    public Adam(Func<int, double> learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
        bool amsGrad = false) : base(learningRate)
    {
        if (beta1 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "Use 0 ≤ β₁ < 1.");
        if (beta2 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "Use 0 ≤ β₂ < 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        (Beta1, Beta2, Epsilon, AmsGrad) = (beta1, beta2, epsilon, amsGrad);
    }

    /// <summary>The first-moment decay β₁.</summary>
    public double Beta1 { get; }

    /// <summary>The second-moment decay β₂.</summary>
    public double Beta2 { get; }

    /// <summary>The stabiliser ε.</summary>
    public double Epsilon { get; }

    /// <summary>True for AMSGrad.</summary>
    public bool AmsGrad { get; }

    /// <inheritdoc />
    protected override void Update(double[] x, ReadOnlySpan<double> gradient, int t, double lr)
    {
        var m = Ensure(ref _m, x.Length);
        var v = Ensure(ref _v, x.Length);
        var vMax = AmsGrad ? Ensure(ref _vMax, x.Length) : v;
        var correction1 = 1 - Math.Pow(Beta1, t);
        var correction2 = 1 - Math.Pow(Beta2, t);
        for (var i = 0; i < x.Length; i++)
        {
            m[i] = Beta1 * m[i] + (1 - Beta1) * gradient[i];
            v[i] = Beta2 * v[i] + (1 - Beta2) * gradient[i] * gradient[i];
            if (AmsGrad) vMax[i] = Math.Max(vMax[i], v[i]);
            var denominator = Math.Sqrt(vMax[i] / correction2) + Epsilon;
            x[i] -= lr / correction1 * m[i] / denominator;
        }
    }
}
