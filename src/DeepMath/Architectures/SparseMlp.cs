using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>A ReLU MLP whose weight matrices are multiplied by fixed 0/1 masks: a sparse network that trains like a dense one.</summary>
/// <remarks>
/// Berner et al., Section 6 (sparse networks). The layer computes (W ⊙ M) h + b, so the gradient with respect to W is
/// masked too, ∂ℓ/∂W = M ⊙ (∂ℓ/∂(W ⊙ M)): removed weights get zero gradient, and optimizers without weight decay
/// (SGD, Adam) never move them, so they stay removed through <c>Trainer.Fit</c>. Biases stay dense. Chapter 05
/// (architectures) uses it for fine-tuning after pruning and for lottery tickets.
/// </remarks>
public sealed class SparseMlp : nn.Module<Tensor, Tensor>
{
    private readonly ParameterList _weights = new();
    private readonly ParameterList _biases = new();
    private readonly Tensor[] _masks;

    private SparseMlp(IReadOnlyList<(double[,] W, double[] B)> layers, IReadOnlyList<bool[,]> masks, ScalarType dtype) : base("SparseMlp")
    {
        _masks = new Tensor[layers.Count];
        for (var l = 0; l < layers.Count; l++)
        {
            var (w, b) = layers[l];
            var mask = masks[l];
            if (mask.GetLength(0) != w.GetLength(0) || mask.GetLength(1) != w.GetLength(1))
                throw new ArgumentException($"Layer {l + 1}: W is {w.GetLength(0)} × {w.GetLength(1)} but its mask is {mask.GetLength(0)} × {mask.GetLength(1)}.", nameof(masks));
            var maskValues = new double[mask.GetLength(0), mask.GetLength(1)];
            for (var i = 0; i < mask.GetLength(0); i++) for (var j = 0; j < mask.GetLength(1); j++) maskValues[i, j] = mask[i, j] ? 1 : 0;
            // Owned by the module, not by any dispose scope the caller may have open.
            _masks[l] = Tensors.ToTensor(maskValues, dtype).DetachFromDisposeScope();
            using var dense = Tensors.ToTensor(w, dtype);
            _weights.Add(new Parameter(dense.mul(_masks[l]).DetachFromDisposeScope())); // removed weights start (and stay) at 0
            _biases.Add(new Parameter(Tensors.ToTensor(b, dtype).DetachFromDisposeScope()));
            register_buffer($"mask{l + 1}", _masks[l], persistent: false);
        }
        register_module("weights", _weights);
        register_module("biases", _biases);
    }

    /// <summary>Creates the sparse network from dense layers and masks (the values are copied).</summary>
    /// <param name="layers">The layers (W_l, b_l), W_l of shape N_l × N_{l-1}, e.g. <c>LinearLayers.Read(model)</c> of a trained or an initial MLP.</param>
    /// <param name="masks">One mask per W_l, true where the weight is kept, e.g. from <see cref="Pruning.MagnitudeMasks"/>.</param>
    /// <param name="dtype">Float32 (default) or Float64.</param>
    /// <returns>The network: ReLU after every layer but the last.</returns>
    public static SparseMlp Create(IReadOnlyList<(double[,] W, double[] B)> layers, IReadOnlyList<bool[,]> masks, ScalarType dtype = ScalarType.Float32)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(masks);
        if (layers.Count == 0 || layers.Count != masks.Count) throw new ArgumentException($"Need one mask per layer, got {layers.Count} layers and {masks.Count} masks.", nameof(masks));
        return new SparseMlp(layers, masks, dtype);
    }

    /// <summary>The effective layers (W_l ⊙ M_l, b_l) as arrays, e.g. to count the non-zero weights.</summary>
    /// <returns>One (W, b) per layer.</returns>
    public IReadOnlyList<(double[,] W, double[] B)> Layers()
    {
        using var scope = torch.NewDisposeScope();
        return _weights.Select((w, l) => (Tensors.ToArray2D(w.detach() * _masks[l]), Tensors.ToArray(_biases[l]))).ToArray();
    }

    /// <summary>The network's output for a batch.</summary>
    /// <param name="x">Inputs, shape [n, d].</param>
    /// <returns>Outputs, shape [n, k].</returns>
    public override Tensor forward(Tensor x)
    {
        var h = x; // [n, N_0]
        for (var l = 0; l < _weights.Count; l++)
        {
            h = nn.functional.linear(h, _weights[l] * _masks[l], _biases[l]); // (W ⊙ M) h + b
            if (l < _weights.Count - 1) h = nn.functional.relu(h);
        }
        return h; // [n, k]
    }
}
