using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>Builds a deep ReLU MLP with He-initialized layers, with or without batch normalization after every hidden layer.</summary>
/// <remarks>
/// Berner et al., Section 6 (batch normalization, Ioffe and Szegedy 2015). Hidden layers are linear → (batch norm) → ReLU;
/// with batch norm the hidden linear layers have no bias (the norm's shift β replaces it). Hidden weights are drawn from
/// N(0, 2/N_{l-1}) (He et al. 2015) and biases start at 0, so both variants start with well-scaled signals and differ
/// only in the normalization. Chapter 05 (architectures) trains both at a large learning rate.
/// </remarks>
public static class NormalizedMlp
{
    /// <summary>Creates the network with seeded initial weights.</summary>
    /// <param name="inputDim">Input dimension d, e.g. 64.</param>
    /// <param name="hiddenWidths">Hidden widths, e.g. nine times 64 for a 10-layer network.</param>
    /// <param name="outputDim">Outputs k, e.g. 10.</param>
    /// <param name="batchNorm">True to put a <c>BatchNorm1d</c> between every hidden linear layer and its ReLU.</param>
    /// <param name="dtype">Float32 (default) or Float64.</param>
    /// <param name="seed">Seed of the initial weights, e.g. 0.</param>
    /// <returns>A <see cref="Sequential"/> of layers "linear1", ("norm1",) "relu1", …, "linearL".</returns>
    public static Sequential Create(int inputDim, IReadOnlyList<int> hiddenWidths, int outputDim, bool batchNorm,
        ScalarType dtype = ScalarType.Float32, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(hiddenWidths);
        int[] widths = [inputDim, .. hiddenWidths, outputDim];
        if (widths.Any(w => w < 1)) throw new ArgumentException($"All widths must be positive, got ({string.Join(", ", widths)}).");
        torch.manual_seed(seed);
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        for (var l = 1; l < widths.Length; l++)
        {
            var hidden = l < widths.Length - 1;
            var linear = nn.Linear(widths[l - 1], widths[l], hasBias: !(hidden && batchNorm), dtype: dtype);
            using (torch.no_grad())
            {
                linear.weight!.normal_(0, Math.Sqrt(2.0 / widths[l - 1])); // He initialization
                linear.bias?.zero_();
            }
            layers.Add(($"linear{l}", linear));
            if (!hidden) continue;
            if (batchNorm) layers.Add(($"norm{l}", nn.BatchNorm1d(widths[l], dtype: dtype)));
            layers.Add(($"relu{l}", nn.ReLU()));
        }
        return nn.Sequential(layers.ToArray());
    }
}
