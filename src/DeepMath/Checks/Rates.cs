using MathNet.Numerics;

namespace DeepMath.Checks;

/// <summary>Rates measured from data: power-law slopes on log-log axes and per-step linear (geometric) rates.</summary>
/// <remarks>
/// Sublinear rates (f(x_t) - f* ~ t⁻¹, SGD ~ t^(-1/2), movement ~ N^(-1/2)) are least-squares slopes of log y on
/// log x; linear rates (‖x_t - x*‖ ~ ρᵗ) are exp of the least-squares slope of log y on t, fitted in a window above
/// round-off. Paper, Sections 1.2 and 5. Introduced in chapter 03 (optimization).
/// </remarks>
public static class Rates
{
    /// <summary>The least-squares slope s of log y against log x (y ≈ C xˢ).</summary>
    /// <param name="x">Positive abscissae, e.g. widths 100 … 3000 (ideally over a decade or more).</param>
    /// <param name="y">Positive values, one per x.</param>
    /// <returns>The slope s, e.g. -0.5.</returns>
    public static double LogLogSlope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        if (x.Concat(y).Any(v => !(v > 0))) throw new ArgumentException("Log-log slopes need positive x and y.");
        return Fit.Line(x.Select(v => Math.Log(v)).ToArray(), y.Select(v => Math.Log(v)).ToArray()).B;
    }

    /// <summary>The per-step factor ρ = exp(slope of log y against t) of a geometric sequence y_t ≈ C ρᵗ.</summary>
    /// <param name="t">Steps, e.g. 100, 101, …, 400.</param>
    /// <param name="y">Positive values at those steps, e.g. distances ‖x_t - x*‖ above 1e-12.</param>
    /// <returns>ρ, e.g. 0.99 for a 1 % decrease per step.</returns>
    public static double LinearRate(IReadOnlyList<double> t, IReadOnlyList<double> y)
    {
        Validate(t, y);
        if (y.Any(v => !(v > 0))) throw new ArgumentException("Linear rates need positive values.");
        return Math.Exp(Fit.Line(t.ToArray(), y.Select(v => Math.Log(v)).ToArray()).B);
    }

    /// <summary>The per-step factor of the part of <paramref name="y"/> (indexed by step 0, 1, …) inside [lo, hi].</summary>
    /// <param name="y">A sequence indexed by step, e.g. a training loss per step.</param>
    /// <param name="lo">Lower end of the window, e.g. 1e-12 (above round-off).</param>
    /// <param name="hi">Upper end, e.g. 1e-3 (past the transient).</param>
    /// <returns>ρ fitted over the steps whose value lies in the window.</returns>
    /// <exception cref="ArgumentException">When fewer than 3 values lie in the window.</exception>
    public static double LinearRateInWindow(IReadOnlyList<double> y, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(y);
        var steps = Enumerable.Range(0, y.Count).Where(i => y[i] >= lo && y[i] <= hi).Select(i => (double)i).ToArray();
        if (steps.Length < 3) throw new ArgumentException($"Only {steps.Length} values lie in [{lo}, {hi}].", nameof(y));
        return LinearRate(steps, steps.Select(i => y[(int)i]).ToArray());
    }

    private static void Validate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 2) throw new ArgumentException("Need at least two pairs of equal count.");
    }
}
