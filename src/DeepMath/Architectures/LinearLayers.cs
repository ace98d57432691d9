using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>Reads the affine layers (W_l, b_l) of a TorchSharp network into plain arrays.</summary>
/// <remarks>
/// The parameters θ = ((W_1, b_1), …, (W_L, b_L)) of Berner et al., Section 1, as arrays, so that pure code can
/// realize the same network without tensors. Chapter 00 (foundations) builds its own realization from them and checks
/// it against TorchSharp's forward pass.
/// </remarks>
public static class LinearLayers
{
    /// <summary>The weights and biases of every <see cref="Linear"/> layer of <paramref name="model"/>, in order.</summary>
    /// <param name="model">A network, e.g. from <c>Mlp.Create(1, [16, 16], 1)</c>.</param>
    /// <returns>One (W, b) per linear layer: W of shape N_l × N_{l-1} (as TorchSharp stores it), b of length N_l.</returns>
    /// <exception cref="ArgumentException">When a linear layer has no bias.</exception>
    public static IReadOnlyList<(double[,] W, double[] B)> Read(nn.Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var scope = torch.NewDisposeScope();
        var layers = new List<(double[,], double[])>();
        foreach (var linear in model.modules().OfType<Linear>())
        {
            var bias = linear.bias ?? throw new ArgumentException("Every linear layer needs a bias.", nameof(model));
            layers.Add((Tensors.ToArray2D(linear.weight!), Tensors.ToArray(bias)));
        }
        return layers;
    }

    /// <summary>Overwrites the weights and biases of the <see cref="Linear"/> layers of <paramref name="model"/>, in order.</summary>
    /// <param name="model">A network with as many linear layers as <paramref name="layers"/>, of matching shapes.</param>
    /// <param name="layers">One (W, b) per linear layer, W of shape N_l × N_{l-1}, e.g. from <see cref="Read"/>.</param>
    /// <exception cref="ArgumentException">When the number of layers or a shape differs.</exception>
    /// <remarks>The values are converted to each parameter's dtype (float32 rounds them). Used to start training from a chosen network.</remarks>
    public static void Write(nn.Module model, IReadOnlyList<(double[,] W, double[] B)> layers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(layers);
        var linears = model.modules().OfType<Linear>().ToList();
        if (linears.Count != layers.Count)
            throw new ArgumentException($"The model has {linears.Count} linear layers, got {layers.Count}.", nameof(layers));
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        for (var l = 0; l < linears.Count; l++)
        {
            var (w, b) = layers[l];
            var weight = linears[l].weight!;
            var bias = linears[l].bias ?? throw new ArgumentException("Every linear layer needs a bias.", nameof(model));
            if (weight.shape[0] != w.GetLength(0) || weight.shape[1] != w.GetLength(1) || bias.shape[0] != b.Length)
                throw new ArgumentException($"Layer {l + 1}: the model has W [{string.Join(", ", weight.shape)}], got [{w.GetLength(0)}, {w.GetLength(1)}] and b [{b.Length}].", nameof(layers));
            weight.copy_(Tensors.ToTensor(w, weight.dtype));
            bias.copy_(Tensors.ToTensor(b, bias.dtype));
        }
    }
}
