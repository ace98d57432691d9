namespace DeepMath.Architectures;

/// <summary>Convolution, translation and pooling of single-channel images as plain arrays (no tensors).</summary>
/// <remarks>
/// Berner et al., Section 6 (convolutional networks): a convolutional layer applies one small filter at every position,
/// so it commutes with translations, C(T_τ x) = T_τ C(x), exactly when the image is treated as periodic (circular
/// padding); pooling then trades position for invariance. These are the reference implementations chapter 05
/// (architectures) checks TorchSharp's layers against, written as in deep-learning libraries: a "convolution" is a
/// cross-correlation y[i, j] = Σ_{a,b} k[a, b]·x[i + a - r, j + b - r] with r = (s - 1)/2 for an s × s filter.
/// </remarks>
public static class Convolution
{
    /// <summary>The circular cross-correlation of an image with an odd-sized filter: the output has the image's size.</summary>
    /// <param name="image">The image x, H × W, e.g. an 8 × 8 digit.</param>
    /// <param name="kernel">The filter k, s × s with s odd, e.g. 3 × 3.</param>
    /// <returns>y[i, j] = Σ_{a,b} k[a, b]·x[(i + a - r) mod H, (j + b - r) mod W], r = (s - 1)/2.</returns>
    /// <exception cref="ArgumentException">When the filter is not square with an odd side.</exception>
    public static double[,] Circular(double[,] image, double[,] kernel)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(kernel);
        var s = kernel.GetLength(0);
        if (s != kernel.GetLength(1) || s % 2 == 0) throw new ArgumentException($"Need a square filter of odd side, got {s} × {kernel.GetLength(1)}.", nameof(kernel));
        var (h, w, r) = (image.GetLength(0), image.GetLength(1), (s - 1) / 2);
        var y = new double[h, w];
        for (var i = 0; i < h; i++)
            for (var j = 0; j < w; j++)
            {
                var sum = 0.0;
                for (var a = 0; a < s; a++)
                    for (var b = 0; b < s; b++)
                        sum += kernel[a, b] * image[Mod(i + a - r, h), Mod(j + b - r, w)];
                y[i, j] = sum;
            }
        return y;
    }

    /// <summary>The circular translation T_τ: moves the image down by dy rows and right by dx columns, wrapping around.</summary>
    /// <param name="image">The image x, H × W.</param>
    /// <param name="dy">Rows to move down (negative: up), e.g. 1.</param>
    /// <param name="dx">Columns to move right (negative: left), e.g. 2.</param>
    /// <returns>(T_τ x)[i, j] = x[(i - dy) mod H, (j - dx) mod W].</returns>
    public static double[,] Shift(double[,] image, int dy, int dx)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (h, w) = (image.GetLength(0), image.GetLength(1));
        var y = new double[h, w];
        for (var i = 0; i < h; i++)
            for (var j = 0; j < w; j++)
                y[i, j] = image[Mod(i - dy, h), Mod(j - dx, w)];
        return y;
    }

    /// <summary>Max pooling over non-overlapping size × size blocks (stride = size); leftover rows and columns are dropped.</summary>
    /// <param name="image">The image, H × W, e.g. 8 × 8.</param>
    /// <param name="size">Block side, e.g. 2 (halves each side).</param>
    /// <returns>The ⌊H/size⌋ × ⌊W/size⌋ image of block maxima.</returns>
    public static double[,] MaxPool(double[,] image, int size)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var (h, w) = (image.GetLength(0) / size, image.GetLength(1) / size);
        var y = new double[h, w];
        for (var i = 0; i < h; i++)
            for (var j = 0; j < w; j++)
            {
                var max = double.NegativeInfinity;
                for (var a = 0; a < size; a++)
                    for (var b = 0; b < size; b++)
                        max = Math.Max(max, image[i * size + a, j * size + b]);
                y[i, j] = max;
            }
        return y;
    }

    /// <summary>Global average pooling: the mean of all pixels, invariant to every circular translation.</summary>
    /// <param name="image">The image, H × W.</param>
    /// <returns>(1 / HW)·Σ_{i,j} x[i, j].</returns>
    public static double GlobalAverage(double[,] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var sum = 0.0;
        foreach (var v in image) sum += v;
        return sum / image.Length;
    }

    /// <summary>A flat row of side² pixels (row-major, as the digits are stored) as a side × side image.</summary>
    /// <param name="pixels">The pixels, length side², e.g. one row of the digits' X.</param>
    /// <param name="side">The image side, e.g. 8.</param>
    /// <returns>The image, image[i, j] = pixels[i·side + j].</returns>
    public static double[,] AsImage(IReadOnlyList<double> pixels, int side)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Count != side * side) throw new ArgumentException($"Need {side * side} pixels, got {pixels.Count}.", nameof(pixels));
        var image = new double[side, side];
        for (var i = 0; i < side; i++)
            for (var j = 0; j < side; j++)
                image[i, j] = pixels[i * side + j];
        return image;
    }

    private static int Mod(int a, int n) => ((a % n) + n) % n;
}
