using TorchSharp.Modules;

namespace DeepMath.Training;

/// <summary>The optimizers the chapters train with, as TorchSharp optimizers that give the same bits on every machine.</summary>
/// <remarks>
/// SGD needs nothing special: use <c>torch.optim.SGD</c>. Adam takes square roots, which libtorch computes differently
/// on different processors; <see cref="ReproducibleAdam"/> explains why and how it avoids that. Berner et al.,
/// Section 5 (optimization). Introduced in chapter 00.
/// </remarks>
public static class Optimizers
{
    /// <summary>Adam over <paramref name="parameters"/>, with torch.optim.Adam's arguments and defaults.</summary>
    /// <param name="parameters">The parameters to train, e.g. <c>model.parameters()</c>.</param>
    /// <param name="lr">Learning rate (step size), e.g. 0.01 for small networks; default 1e-3.</param>
    /// <param name="beta1">Decay of the running mean of the gradient; default 0.9.</param>
    /// <param name="beta2">Decay of the running mean of the squared gradient; default 0.999.</param>
    /// <param name="eps">Added to √v̂ so the step stays finite; default 1e-8.</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient, e.g. 1e-4; default 0.</param>
    /// <param name="amsgrad">Use AMSGrad's running maximum of v (Reddi, Kale and Kumar, 2018); default false.</param>
    /// <returns>An optimizer to pass to <see cref="Trainer.Fit"/>; dispose it with the model.</returns>
    public static ReproducibleAdam Adam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9,
        double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0, bool amsgrad = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new ReproducibleAdam(parameters, lr, beta1, beta2, eps, weightDecay, amsgrad);
    }
}
