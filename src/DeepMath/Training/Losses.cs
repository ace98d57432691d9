using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>The two standard losses as plain functions of (model output, target), ready for <see cref="Trainer.Fit"/>.</summary>
/// <remarks>
/// The loss L of Berner et al., Section 1.1: squared loss for regression, cross-entropy (softmax + negative
/// log-likelihood) for classification. Chapters that teach a loss may write it inline instead; these are references.
/// </remarks>
public static class Losses
{
    /// <summary>Mean squared error (1/n)·Σ (f(x_i) - y_i)²; outputs [n, 1] are matched to targets [n].</summary>
    public static Func<Tensor, Tensor, Tensor> MeanSquaredError { get; } =
        (output, target) => nn.functional.mse_loss(output.view_as(target), target);

    /// <summary>Cross-entropy of logits [n, k] against int64 labels [n], averaged over the batch.</summary>
    public static Func<Tensor, Tensor, Tensor> CrossEntropy { get; } =
        (logits, labels) => nn.functional.cross_entropy(logits, labels);
}
