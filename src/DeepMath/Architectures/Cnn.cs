using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>Builds a small convolutional network for square single-channel images given as flat rows.</summary>
/// <remarks>
/// Berner et al., Section 6: the convolutional architecture, whose layers share one small filter across positions (so
/// they commute with translations) and whose pooling layers reduce resolution. The network is
/// conv 3 × 3 (1 → C₁) → ReLU → max-pool 2 → conv 3 × 3 (C₁ → C₂) → ReLU → max-pool 2 → linear → k logits, with
/// "same" padding (zeros, or circular for exact equivariance). It takes rows of side² pixels, as <c>Trainer.Fit</c>
/// and the digits provide them, and reshapes them to [n, 1, side, side]. Chapter 05 (architectures) compares it with
/// an MLP of similar size.
/// </remarks>
public static class Cnn
{
    /// <summary>Creates the CNN with seeded initial weights (TorchSharp's default initialization).</summary>
    /// <param name="side">Image side, e.g. 12 for 12 × 12 images (inputs of 144 pixels).</param>
    /// <param name="channels1">Filters of the first convolution C₁, e.g. 8.</param>
    /// <param name="channels2">Filters of the second convolution C₂, e.g. 16.</param>
    /// <param name="classes">Number of outputs k, e.g. 10.</param>
    /// <param name="padding">How the convolutions pad: zeros (default) or circular (exactly shift-equivariant).</param>
    /// <param name="dtype">Float32 (default) or Float64.</param>
    /// <param name="seed">Seed of the initial weights, e.g. 0.</param>
    /// <returns>A <see cref="Sequential"/> named "unflatten", "conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "flatten", "linear".</returns>
    public static Sequential Create(int side, int channels1, int channels2, int classes,
        PaddingModes padding = PaddingModes.Zeros, ScalarType dtype = ScalarType.Float32, int seed = 0)
    {
        Validate(side, channels1, channels2, classes);
        if (dtype is not (ScalarType.Float32 or ScalarType.Float64)) throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Use Float32 or Float64.");
        torch.manual_seed(seed);
        var pooled = side / 4;
        return nn.Sequential(
            ("unflatten", nn.Unflatten(1, [1, side, side])),           // [n, side²] → [n, 1, side, side]
            ("conv1", nn.Conv2d(1, channels1, 3, padding: 1, padding_mode: padding, dtype: dtype)),
            ("relu1", nn.ReLU()),
            ("pool1", nn.MaxPool2d(2)),                                 // [n, C₁, side/2, side/2]
            ("conv2", nn.Conv2d(channels1, channels2, 3, padding: 1, padding_mode: padding, dtype: dtype)),
            ("relu2", nn.ReLU()),
            ("pool2", nn.MaxPool2d(2)),                                 // [n, C₂, side/4, side/4]
            ("flatten", nn.Flatten()),
            ("linear", nn.Linear(channels2 * pooled * pooled, classes, dtype: dtype)));
    }

    /// <summary>The number of weights and biases: 10·C₁ + (9·C₁ + 1)·C₂ + (C₂·⌊side/4⌋² + 1)·k.</summary>
    /// <param name="side">Image side, e.g. 12.</param>
    /// <param name="channels1">C₁, e.g. 8.</param>
    /// <param name="channels2">C₂, e.g. 16.</param>
    /// <param name="classes">k, e.g. 10.</param>
    /// <returns>P, e.g. 2698 for side 12, C₁ = 8, C₂ = 16, k = 10.</returns>
    /// <remarks>Each filter has 9 weights per input channel and one bias, whatever the image size: weight sharing.</remarks>
    public static long ParameterCount(int side, int channels1, int channels2, int classes)
    {
        Validate(side, channels1, channels2, classes);
        var pooled = (long)(side / 4);
        return 10L * channels1 + (9L * channels1 + 1) * channels2 + (channels2 * pooled * pooled + 1) * classes;
    }

    private static void Validate(int side, int channels1, int channels2, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels2, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
    }
}
