namespace DeepMath.Architectures;

/// <summary>One linear piece x ↦ Slope·x + Intercept of a continuous piecewise-linear function, on [Start, End].</summary>
/// <param name="Start">Left end of the piece, e.g. -0.25.</param>
/// <param name="End">Right end of the piece, e.g. 0.4.</param>
/// <param name="Slope">The derivative on the piece.</param>
/// <param name="Intercept">The value the piece's line takes at x = 0.</param>
/// <remarks>Berner et al., Sections 1 and 3: ReLU networks realize continuous piecewise-linear functions. Chapter 00.</remarks>
public sealed record AffinePiece(double Start, double End, double Slope, double Intercept)
{
    /// <summary>The piece's line at <paramref name="x"/>: Slope·x + Intercept.</summary>
    /// <param name="x">A point, normally in [Start, End].</param>
    /// <returns>The value of the line.</returns>
    public double At(double x) => Slope * x + Intercept;
}
