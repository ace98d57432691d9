using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace DeepMath.Features;

/// <summary>Discrete Fourier transforms on a periodic 1-d or 2-d grid, and the angular frequencies of its bins.</summary>
/// <remarks>
/// Circular convolution x ⊛ ψ is computed as the inverse transform of x̂·ψ̂ (MathNet's FFT with Matlab conventions:
/// no scaling forward, 1/N backward). Used by the scattering transform of Berner et al., Section 7 (chapter 04).
/// </remarks>
internal static class GridFourier
{
    public static Complex[] Forward(double[] x, GridShape shape)
    {
        var c = new Complex[x.Length];
        for (var i = 0; i < x.Length; i++) c[i] = x[i];
        Transform(c, shape, inverse: false);
        return c;
    }

    /// <summary>Inverse transform of x̂·ĥ for a real multiplier ĥ: the circular convolution x ⊛ h.</summary>
    public static Complex[] Convolve(Complex[] xHat, double[] filterHat, GridShape shape)
    {
        var c = new Complex[xHat.Length];
        for (var i = 0; i < c.Length; i++) c[i] = xHat[i] * filterHat[i];
        Transform(c, shape, inverse: true);
        return c;
    }

    /// <summary>Angular frequency in (-π, π] of bin k on an axis of length n.</summary>
    public static double Frequency(int k, int n) => 2 * Math.PI * (k <= n / 2 ? k : k - n) / n;

    /// <summary>Index of the bin holding frequency -ω when bin i holds ω (the mirror used for real signals).</summary>
    public static int Mirror(int i, GridShape shape)
    {
        var (r, c) = (i / shape.Columns, i % shape.Columns);
        return ((shape.Rows - r) % shape.Rows) * shape.Columns + (shape.Columns - c) % shape.Columns;
    }

    private static void Transform(Complex[] c, GridShape shape, bool inverse)
    {
        if (shape.Rows == 1) { Transform1D(c, inverse); return; }
        // Separable 2-d transform: every row, then every column (MathNet's managed provider has no multi-dimensional FFT).
        var row = new Complex[shape.Columns];
        for (var r = 0; r < shape.Rows; r++)
        {
            Array.Copy(c, r * shape.Columns, row, 0, shape.Columns);
            Transform1D(row, inverse);
            Array.Copy(row, 0, c, r * shape.Columns, shape.Columns);
        }
        var column = new Complex[shape.Rows];
        for (var k = 0; k < shape.Columns; k++)
        {
            for (var r = 0; r < shape.Rows; r++) column[r] = c[r * shape.Columns + k];
            Transform1D(column, inverse);
            for (var r = 0; r < shape.Rows; r++) c[r * shape.Columns + k] = column[r];
        }
    }

    private static void Transform1D(Complex[] c, bool inverse)
    {
        if (inverse) Fourier.Inverse(c, FourierOptions.Matlab);
        else Fourier.Forward(c, FourierOptions.Matlab);
    }
}
