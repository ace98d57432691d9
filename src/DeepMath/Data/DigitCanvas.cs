using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>Places 8 × 8 digits at random positions on a larger blank canvas: the same digits, now where translation matters.</summary>
/// <remarks>
/// A translation-invariant task built from the digits: the label does not change when the digit moves. A convolutional
/// network with pooling has this invariance built in (Berner et al., Section 6); a fully connected network has to learn
/// every position from examples. Chapter 05 (architectures) compares the two at several training-set sizes.
/// </remarks>
public static class DigitCanvas
{
    /// <summary>Each image, scaled to [0, 1], is pasted into a side × side canvas of zeros at a uniformly random offset.</summary>
    /// <param name="digits">Digits with 64 pixels per row (8 × 8, values 0..16), e.g. <c>Digits.Load()</c> or part of it.</param>
    /// <param name="side">Canvas side, at least 8, e.g. 12 (offsets 0..4 in each direction, 25 positions).</param>
    /// <param name="seed">Seed of the offsets, e.g. 1; the same seed gives the same placements.</param>
    /// <returns>A data set with side² pixels per row (row-major, values in [0, 1]) and the same labels.</returns>
    public static LabelledDataset RandomPlacement(LabelledDataset digits, int side, int seed)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.D != Digits.Pixels) throw new ArgumentException($"Need 8 × 8 digits (64 pixels), got d = {digits.D}.", nameof(digits));
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 8);
        var rng = new MersenneTwister(seed);
        var x = new double[digits.N, side * side];
        for (var i = 0; i < digits.N; i++)
        {
            var (dy, dx) = (rng.Next(side - 7), rng.Next(side - 7));
            for (var r = 0; r < 8; r++)
                for (var c = 0; c < 8; c++)
                    x[i, (r + dy) * side + c + dx] = digits.X[i, r * 8 + c] / 16.0;
        }
        return new LabelledDataset(x, (int[])digits.Labels.Clone(), digits.Classes);
    }
}
