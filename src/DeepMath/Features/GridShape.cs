namespace DeepMath.Features;

/// <summary>The shape of a periodic signal grid: 1 × n for a 1-d signal, n × n for an image (stored row-major).</summary>
/// <param name="Rows">Number of rows; 1 for a 1-d signal, e.g. 8 for a digit.</param>
/// <param name="Columns">Number of columns, e.g. 256 for a 1-d signal or 8 for a digit.</param>
/// <remarks>Used by <see cref="FilterBank"/> and <see cref="Scattering"/> (Berner et al., Section 7; chapter 04).</remarks>
public readonly record struct GridShape(int Rows, int Columns)
{
    /// <summary>Number of grid points N = rows · columns.</summary>
    public int Size => Rows * Columns;
}
