namespace DeepMath.Data;

/// <summary>Target functions of graded regularity for regression experiments: smooth, Lipschitz, Hölder, and d-dimensional ones.</summary>
/// <remarks>
/// Approximation rates depend on the target's smoothness (Berner et al., Section 4, "expressivity"; Section 1.2 on the
/// approximation error): a C² target is approximated by N-neuron ReLU nets at rate N^-2 in 1-d, a Lipschitz one at N^-1,
/// a Hölder-½ one at N^-½. These are pure functions; sample them with <see cref="Regression"/>.
/// </remarks>
public static class Targets
{
    /// <summary>The smooth target x ↦ sin(2π·frequency·x) (C^∞).</summary>
    /// <param name="frequency">Oscillations per unit length, e.g. 1.</param>
    /// <returns>The target function.</returns>
    public static Func<double, double> Sine(double frequency = 1) => x => Math.Sin(2 * Math.PI * frequency * x);

    /// <summary>The Lipschitz, non-smooth target x ↦ |x| (kink at 0).</summary>
    /// <returns>The target function.</returns>
    /// <remarks>Exactly representable by a ReLU net: |x| = ϱ(x) + ϱ(-x).</remarks>
    public static Func<double, double> Abs() => Math.Abs;

    /// <summary>The Hölder-½ target x ↦ √|x| (infinite slope at 0).</summary>
    /// <returns>The target function.</returns>
    /// <remarks>Piecewise-linear interpolation on N uniform cells of [0, 1] errs by exactly N^-½/4 (see paper-experiments A5).</remarks>
    public static Func<double, double> SqrtAbs() => x => Math.Sqrt(Math.Abs(x));

    /// <summary>The d-dimensional smooth target x ↦ sin(2·Σ x_i).</summary>
    /// <returns>The target function on R^d for any d.</returns>
    /// <remarks>Used to show the curse of dimensionality of grid methods, error ~ N^-2/d (Berner et al., Section 4).</remarks>
    public static Func<double[], double> SineOfSum() => x => Math.Sin(2 * x.Sum());

    /// <summary>The radial target x ↦ sin(a·‖x‖₂), oscillating along the radius.</summary>
    /// <param name="a">Radial frequency, e.g. 5.</param>
    /// <returns>The target function on R^d for any d.</returns>
    /// <remarks>A target used in depth-separation arguments (Eldan and Shamir, 2016; Berner et al., Section 4).</remarks>
    public static Func<double[], double> Radial(double a) => x => Math.Sin(a * Math.Sqrt(x.Sum(v => v * v)));

    /// <summary>The ridge target x ↦ tanh(2·⟨β, x⟩), varying along one direction only.</summary>
    /// <param name="beta">The direction β, length d, e.g. drawn from N(0, I/d).</param>
    /// <returns>The target function on R^d.</returns>
    public static Func<double[], double> TanhRidge(double[] beta)
    {
        ArgumentNullException.ThrowIfNull(beta);
        var b = (double[])beta.Clone();
        return x =>
        {
            if (x.Length != b.Length) throw new ArgumentException($"Expected {b.Length} coordinates, got {x.Length}.");
            var dot = 0.0;
            for (var i = 0; i < b.Length; i++) dot += b[i] * x[i];
            return Math.Tanh(2 * dot);
        };
    }
}
