namespace DeepMath.Plots;

/// <summary>One named curve of a line chart: a measurement (solid) or a theoretical prediction (dashed).</summary>
/// <remarks>Drawn by <see cref="Plot.Curves(IEnumerable{Curve}, string, string, string, bool, bool)"/> and <see cref="Plot.Contour"/>. Introduced in chapter 03 (optimization).</remarks>
/// <param name="Name">Legend entry, e.g. "gradient descent" or "bound L‖x₀ - x*‖²/(2t)".</param>
/// <param name="X">Abscissae, e.g. steps 1..T.</param>
/// <param name="Y">Ordinates, one per abscissa.</param>
/// <param name="Dashed">True for a theoretical curve, drawn dashed beside the measured ones.</param>
public sealed record Curve(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Dashed = false)
{
    /// <summary>A curve over the steps 0, 1, …, values.Count - 1, e.g. a loss per step.</summary>
    /// <param name="name">Legend entry.</param>
    /// <param name="values">Values indexed by step.</param>
    /// <param name="dashed">True for a theoretical curve.</param>
    /// <returns>The curve.</returns>
    public static Curve OverSteps(string name, IReadOnlyList<double> values, bool dashed = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Curve(name, Enumerable.Range(0, values.Count).Select(t => (double)t).ToArray(), values, dashed);
    }

    /// <summary>At most <paramref name="points"/> of the curve's points, evenly spaced in index or in log index, first and last kept.</summary>
    /// <param name="points">The number of points to keep, e.g. 200 (keeps charts and snapshots small).</param>
    /// <param name="logSpaced">True to space the kept indices evenly on a log scale (for log x axes).</param>
    /// <returns>The thinned curve (the same curve when it is short enough).</returns>
    public Curve Thinned(int points, bool logSpaced = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var count = X.Count;
        if (count <= points) return this;
        var indices = Enumerable.Range(0, points)
            .Select(k => logSpaced
                ? (int)Math.Round(Math.Exp(Math.Log(count) * k / (points - 1))) - 1
                : (int)Math.Round((count - 1.0) * k / (points - 1)))
            .Select(i => Math.Clamp(i, 0, count - 1)).Distinct().ToArray();
        return this with { X = indices.Select(i => X[i]).ToArray(), Y = indices.Select(i => Y[i]).ToArray() };
    }
}
