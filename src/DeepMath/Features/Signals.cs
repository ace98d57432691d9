namespace DeepMath.Features;

/// <summary>Test signals and the transformations the scattering transform is tested against: shifts and deformations.</summary>
/// <remarks>
/// Translation invariance and stability to deformations x(u) ↦ x(u − τ(u)) are the two properties of Mallat (2012)
/// that Berner et al., Section 7 presents; these helpers produce the pairs (x, transformed x). Chapter 04.
/// </remarks>
public static class Signals
{
    /// <summary>A sum of Gabor atoms: Gaussian bumps of width about 6 samples, each modulating a cosine.</summary>
    /// <param name="n">Signal length, e.g. 256; atoms sit at n/4, n/2 and 3n/4.</param>
    /// <param name="frequency">Angular frequency of the cosines in radians per sample, e.g. 2.0 (high: about π/1.6).</param>
    /// <returns>u ↦ x(u) for real u, so a deformed copy can be sampled exactly, without interpolation.</returns>
    public static Func<double, double> GaborAtoms(int n, double frequency)
    {
        double[] centers = [n / 4.0, n / 2.0, 3 * n / 4.0];
        double[] amplitudes = [1.0, -0.7, 0.5];
        return u =>
        {
            double s = 0;
            for (var k = 0; k < centers.Length; k++)
            {
                var d = u - centers[k];
                s += amplitudes[k] * Math.Exp(-d * d / (2 * 6.0 * 6.0)) * Math.Cos(frequency * d);
            }
            return s;
        };
    }

    /// <summary>Samples x at u = 0, 1, …, n − 1.</summary>
    /// <param name="x">The signal as a function, e.g. <see cref="GaborAtoms"/>.</param>
    /// <param name="n">Number of samples, e.g. 256.</param>
    /// <returns>The samples x(0), …, x(n − 1).</returns>
    public static double[] Sample(Func<double, double> x, int n)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Enumerable.Range(0, n).Select(u => x(u)).ToArray();
    }

    /// <summary>Samples the dilated signal x(c + (1 + ε)(u − c)) around the centre c = n/2: the deformation τ(u) = −ε(u − c).</summary>
    /// <param name="x">The signal as a function.</param>
    /// <param name="n">Number of samples, e.g. 256.</param>
    /// <param name="epsilon">Dilation ε = ‖∇τ‖∞, e.g. 0.02 (2 %).</param>
    /// <returns>The deformed samples.</returns>
    public static double[] SampleDilated(Func<double, double> x, int n, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(x);
        var c = n / 2.0;
        return Enumerable.Range(0, n).Select(u => x(c + (1 + epsilon) * (u - c))).ToArray();
    }

    /// <summary>The circular shift (T_c x)(u) = x(u − c mod n) of a 1-d signal.</summary>
    /// <param name="x">The signal, length n.</param>
    /// <param name="c">Shift in samples, e.g. 3 (negative shifts left).</param>
    /// <returns>The shifted copy.</returns>
    public static double[] CircularShift(double[] x, int c)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Length;
        return Enumerable.Range(0, n).Select(u => x[((u - c) % n + n) % n]).ToArray();
    }

    /// <summary>Circularly shifts images stored as rows of <paramref name="images"/> (side × side, row-major).</summary>
    /// <param name="images">Images, shape [n, side²], e.g. digits [1797, 64].</param>
    /// <param name="side">Image side, e.g. 8.</param>
    /// <param name="down">Shift down in pixels, e.g. 1.</param>
    /// <param name="right">Shift right in pixels, e.g. 1.</param>
    /// <returns>The shifted images; pixels leaving one edge come back at the opposite edge.</returns>
    public static double[,] ShiftImages(double[,] images, int side, int down, int right)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.GetLength(1) != side * side) throw new ArgumentException($"Rows must hold {side}×{side} images.", nameof(images));
        var n = images.GetLength(0);
        var shifted = new double[n, side * side];
        for (var i = 0; i < n; i++)
        for (var r = 0; r < side; r++)
        for (var c = 0; c < side; c++)
        {
            var (sr, sc) = (((r - down) % side + side) % side, ((c - right) % side + side) % side);
            shifted[i, r * side + c] = images[i, sr * side + sc];
        }
        return shifted;
    }

    /// <summary>Places side × side images in the centre of a larger zero canvas, so that small shifts lose no pixel.</summary>
    /// <param name="images">Images, shape [n, side²].</param>
    /// <param name="side">Image side, e.g. 8.</param>
    /// <param name="canvas">Canvas side, e.g. 16 (a power of two keeps the FFT fast).</param>
    /// <returns>Images of shape [n, canvas²], the original at offset ((canvas − side)/2, (canvas − side)/2).</returns>
    public static double[,] PadImages(double[,] images, int side, int canvas)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(canvas, side);
        var n = images.GetLength(0);
        var offset = (canvas - side) / 2;
        var padded = new double[n, canvas * canvas];
        for (var i = 0; i < n; i++)
        for (var r = 0; r < side; r++)
        for (var c = 0; c < side; c++) padded[i, (r + offset) * canvas + c + offset] = images[i, r * side + c];
        return padded;
    }

    /// <summary>The relative ℓ² change ‖a − b‖ / ‖b‖.</summary>
    /// <param name="changed">The transformed quantity a, e.g. the shifted signal or its scattering features.</param>
    /// <param name="original">The original b.</param>
    /// <returns>The relative change; 0 means invariant.</returns>
    public static double RelativeChange(double[] changed, double[] original)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(original);
        if (changed.Length != original.Length) throw new ArgumentException("Lengths differ.", nameof(changed));
        double d = 0, o = 0;
        for (var i = 0; i < original.Length; i++)
        {
            d += (changed[i] - original[i]) * (changed[i] - original[i]);
            o += original[i] * original[i];
        }
        return Math.Sqrt(d / o);
    }
}
