namespace DeepMath.Optimization;

/// <summary>
/// A first-order method on a parameter vector <c>double[]</c>: each <see cref="Step"/> reads a gradient and moves the
/// parameters in place, like <c>torch.optim</c> but on plain arrays, so every update can be checked by hand.
/// </summary>
/// <remarks>
/// The methods of the paper's Section 1.2 (stochastic gradient descent) and of the adaptive-method literature it
/// points to (Kingma and Ba 2015; Reddi, Kale and Kumar 2018; Mukherjee 2021). The step size may follow a schedule
/// <c>t ↦ η_t</c> (t = 1, 2, …), and an optional <see cref="Projection"/> maps each iterate back onto a feasible set
/// (projected gradient methods). Introduced in chapter 03 (optimization).
/// </remarks>
/// <param name="learningRate">The step size η_t as a function of the step number t ≥ 1, e.g. <c>Schedules.Constant(0.1)</c>.</param>
public abstract class Optimizer(Func<int, double> learningRate)
{
    /// <summary>The step size η_t as a function of the step number t ≥ 1.</summary>
    public Func<int, double> LearningRate { get; } = learningRate ?? throw new ArgumentNullException(nameof(learningRate));

    /// <summary>Maps an iterate onto the feasible set after each step, e.g. <c>Projections.Box(-1, 1)</c>; null for none.</summary>
    public Action<double[]>? Projection { get; init; }

    /// <summary>Steps taken so far; the next step is number <c>Steps + 1</c>.</summary>
    public int Steps { get; private set; }

    /// <summary>Takes one step: moves <paramref name="x"/> in place using the gradient <paramref name="gradient"/> at x.</summary>
    /// <param name="x">The parameters, updated in place; length P, e.g. 2 for a test function of the plane.</param>
    /// <param name="gradient">The (possibly stochastic) gradient at x, same length as x.</param>
    public void Step(double[] x, ReadOnlySpan<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (gradient.Length != x.Length)
            throw new ArgumentException($"Gradient has length {gradient.Length}, parameters {x.Length}.", nameof(gradient));
        Steps++;
        Update(x, gradient, Steps, LearningRate(Steps));
        Projection?.Invoke(x);
    }

    /// <summary>The method's own update of <paramref name="x"/> at step <paramref name="t"/> with step size <paramref name="lr"/>.</summary>
    /// <param name="x">The parameters, updated in place.</param>
    /// <param name="gradient">The gradient at x.</param>
    /// <param name="t">The step number, 1 for the first step.</param>
    /// <param name="lr">The step size η_t of this step.</param>
    protected abstract void Update(double[] x, ReadOnlySpan<double> gradient, int t, double lr);

    /// <summary>Returns the state array <paramref name="state"/>, allocating zeros of length <paramref name="length"/> on first use.</summary>
    /// <param name="state">A state field of the method (e.g. Adam's first moment), null before the first step.</param>
    /// <param name="length">The number of parameters P.</param>
    /// <returns>The state array, of length P.</returns>
    protected static double[] Ensure(ref double[]? state, int length)
    {
        state ??= new double[length];
        if (state.Length != length) throw new InvalidOperationException("The parameter vector changed length between steps.");
        return state;
    }
}
