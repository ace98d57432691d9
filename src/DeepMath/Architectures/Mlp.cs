using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>Builds fully connected feed-forward networks (multilayer perceptrons) as TorchSharp modules.</summary>
/// <remarks>
/// The architecture a = ((N_0, …, N_L), ϱ) of Berner et al., Section 1.1: affine maps x ↦ W_l x + b_l between layers
/// of widths N_0 = d (input), N_1 … N_{L-1} (hidden) and N_L (output), with ϱ after every hidden layer and none after
/// the last. Weights start from TorchSharp's default initialization (Kaiming-uniform, as PyTorch), drawn from a
/// seeded generator. Introduced in chapter 00; chapter 05 (architectures) adds residual and convolutional builders.
/// </remarks>
public static class Mlp
{
    /// <summary>Creates an MLP d → hidden widths → outputs with seeded initial weights.</summary>
    /// <param name="inputDim">Input dimension d = N_0, e.g. 2 for points in the plane.</param>
    /// <param name="hiddenWidths">Widths N_1 … N_{L-1} of the hidden layers, e.g. [64, 64]; empty gives a linear model.</param>
    /// <param name="outputDim">Output dimension N_L, e.g. 1 for regression or k for k-class logits.</param>
    /// <param name="activation">ϱ after every hidden layer; default ReLU.</param>
    /// <param name="dtype">Parameter type: Float32 (default, fast) or Float64 (exact constructions, small nets).</param>
    /// <param name="seed">Seed of the initial weights, e.g. 0; the same seed gives the same network.</param>
    /// <returns>A <see cref="Sequential"/> of layers named "linear1", "relu1", …, "linearL", on the CPU.</returns>
    /// <remarks>Seeding calls <c>torch.manual_seed(seed)</c>, which resets torch's global generator.</remarks>
    public static Sequential Create(int inputDim, IReadOnlyList<int> hiddenWidths, int outputDim,
        Activation activation = Activation.ReLU, ScalarType dtype = ScalarType.Float32, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(hiddenWidths);
        if (dtype is not (ScalarType.Float32 or ScalarType.Float64))
            throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Use Float32 or Float64.");
        var widths = Widths(inputDim, hiddenWidths, outputDim);

        torch.manual_seed(seed);
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        for (var l = 1; l < widths.Length; l++)
        {
            layers.Add(($"linear{l}", nn.Linear(widths[l - 1], widths[l], hasBias: true, dtype: dtype)));
            if (l < widths.Length - 1) layers.Add(($"{activation.ToString().ToLowerInvariant()}{l}", Layer(activation)));
        }
        return nn.Sequential(layers.ToArray());
    }

    /// <summary>The number of weights and biases P = Σ_{l=1..L} (N_{l-1} + 1)·N_l of an MLP with these widths.</summary>
    /// <param name="inputDim">Input dimension d, e.g. 2.</param>
    /// <param name="hiddenWidths">Hidden widths, e.g. [64, 64].</param>
    /// <param name="outputDim">Output dimension, e.g. 2.</param>
    /// <returns>P, e.g. 4 482 for 2 → 64 → 64 → 2.</returns>
    /// <remarks>The paper's P(N) (Berner et al., Section 1.1), the "size" in approximation and generalization bounds.</remarks>
    public static long ParameterCount(int inputDim, IReadOnlyList<int> hiddenWidths, int outputDim)
    {
        var widths = Widths(inputDim, hiddenWidths, outputDim);
        long count = 0;
        for (var l = 1; l < widths.Length; l++) count += (widths[l - 1] + 1L) * widths[l];
        return count;
    }

    private static int[] Widths(int inputDim, IReadOnlyList<int> hiddenWidths, int outputDim)
    {
        int[] widths = [inputDim, .. hiddenWidths, outputDim];
        if (widths.Any(w => w < 1)) throw new ArgumentException($"All widths must be positive, got ({string.Join(", ", widths)}).");
        return widths;
    }

    private static nn.Module<Tensor, Tensor> Layer(Activation activation) => activation switch
    {
        Activation.ReLU => nn.ReLU(),
        Activation.Tanh => nn.Tanh(),
        Activation.Sigmoid => nn.Sigmoid(),
        Activation.GELU => nn.GELU(),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };
}
