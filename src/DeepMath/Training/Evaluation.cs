using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>Runs a trained model without gradients and returns plain arrays or numbers.</summary>
/// <remarks>Both methods switch the model to evaluation mode (<c>model.eval()</c>); <see cref="Trainer.Fit"/> switches it back to training mode.</remarks>
public static class Evaluation
{
    /// <summary>The model's outputs on inputs given as a matrix.</summary>
    /// <param name="model">A trained network.</param>
    /// <param name="x">Inputs, shape [n, d].</param>
    /// <param name="dtype">The model's element type, Float32 (default) or Float64.</param>
    /// <returns>Outputs, shape [n, outputs].</returns>
    public static double[,] Predict(nn.Module<Tensor, Tensor> model, double[,] x, ScalarType dtype = ScalarType.Float32)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        model.eval();
        return Tensors.ToArray2D(model.call(Tensors.ToTensor(x, dtype)));
    }

    /// <summary>Fraction of samples whose arg-max output equals the label.</summary>
    /// <param name="model">A trained classifier producing logits [n, k].</param>
    /// <param name="inputs">Inputs, shape [n, d], the model's dtype.</param>
    /// <param name="labels">Labels, int64, shape [n].</param>
    /// <returns>Accuracy in [0, 1], e.g. 0.99.</returns>
    public static double Accuracy(nn.Module<Tensor, Tensor> model, Tensor inputs, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        model.eval();
        var predicted = model.call(inputs).argmax(1); // [n]
        return predicted.eq(labels).to_type(ScalarType.Float64).mean().ToDouble();
    }
}
