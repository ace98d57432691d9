using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Features;

/// <summary>Reads what a trained multilayer perceptron represents: the hidden activations of every layer, and its first-layer filters.</summary>
/// <remarks>
/// A network is a composition of feature maps; the output layer is a linear classifier on the last of them
/// (Berner et al., Sections 4.2 and 7). These helpers expose the intermediate features for alignment and probing.
/// Works on the <see cref="Sequential"/> built by <c>DeepMath.Architectures.Mlp.Create</c>. Chapter 04.
/// </remarks>
public static class Representations
{
    /// <summary>The activations after every hidden layer's nonlinearity, for the given inputs.</summary>
    /// <param name="model">A sequential MLP (linear, activation, …, linear), e.g. from <c>Mlp.Create(64, [64, 64], 10)</c>.</param>
    /// <param name="x">Inputs, shape [n, d].</param>
    /// <returns>One matrix per hidden layer, shape [n, N_l], in order from the input side.</returns>
    public static IReadOnlyList<double[,]> HiddenLayers(Sequential model, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        model.eval();
        var dtype = model.parameters().First().dtype;
        var h = Tensors.ToTensor(x, dtype); // [n, d]
        var layers = new List<double[,]>();
        foreach (var module in model.children())
        {
            h = ((nn.Module<Tensor, Tensor>)module).call(h);
            if (module is not Linear) layers.Add(Tensors.ToArray2D(h)); // after the activation: [n, N_l]
        }
        model.train();
        return layers;
    }

    /// <summary>The first layer's weight matrix W₁, one row (a "filter" over the input pixels) per hidden neuron.</summary>
    /// <param name="model">A sequential MLP whose first child is a linear layer.</param>
    /// <returns>W₁, shape [N₁, d]; for digits each row reshapes to an 8 × 8 image.</returns>
    public static double[,] FirstLayerWeights(Sequential model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var first = model.children().OfType<Linear>().First();
        return Tensors.ToArray2D(first.weight!);
    }
}
