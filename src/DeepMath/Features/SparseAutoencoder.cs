using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Features;

/// <summary>A tied-weight ReLU autoencoder x̂ = Wᵀϱ(Wx − b), trained by full-batch gradient descent on the squared error.</summary>
/// <remarks>
/// For data x = Aγ with sparse non-negative codes γ, the encoder ϱ(Wx − b) is one step of thresholding that estimates γ,
/// and the decoder Wᵀ re-synthesises x; the rows of a good W are the columns of A (Rangamani, Mukherjee, Basu, Arora,
/// Ganapathy and Tran 2018; A. Mukherjee, PhD thesis, Johns Hopkins 2021, chapter 4; Arora et al. 2015 for the
/// dictionary-learning view). Berner et al., Section 7 (hierarchical sparse representations). Chapter 04.
/// </remarks>
public static class SparseAutoencoder
{
    /// <summary>Trains the autoencoder and returns its encoder weights and the loss curve.</summary>
    /// <param name="x">Signals, shape [n, dim], e.g. 2000 × 32 from <see cref="SparseCoding.Sample"/>.</param>
    /// <param name="bias">Initial threshold b (all units), e.g. 0.5; it is trained with W.</param>
    /// <param name="steps">Full-batch steps, e.g. 400.</param>
    /// <param name="learningRate">Adam's step size, e.g. 0.01.</param>
    /// <param name="initialWeights">The starting W, shape [h, dim], e.g. <see cref="SparseCoding.Perturb"/> of A (a start
    /// near the dictionary, where the thesis shows the loss has a critical point) or random unit rows.</param>
    /// <returns>W, shape [h, dim], and the mean squared reconstruction error per step.</returns>
    public static (double[,] Weights, IReadOnlyList<double> Losses) Train(double[,] x, double[,] initialWeights, double bias,
        int steps, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialWeights);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        using var outer = torch.NewDisposeScope();
        var inputs = Tensors.ToTensor(x, ScalarType.Float64);           // [n, dim]
        var w = new Parameter(Tensors.ToTensor(initialWeights, ScalarType.Float64)); // [h, dim]
        var b = new Parameter(torch.full(initialWeights.GetLength(0), bias, dtype: ScalarType.Float64)); // [h]
        using var optimizer = Optimizers.Adam([w, b], learningRate);
        var losses = new List<double>(steps);
        for (var step = 0; step < steps; step++)
        {
            using var scope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var codes = nn.functional.relu(inputs.mm(w.t()) - b);       // [n, h]: ϱ(Wx − b)
            var reconstruction = codes.mm(w);                           // [n, dim]: Wᵀϱ(Wx − b)
            var loss = (reconstruction - inputs).pow(2).sum(1).mean();
            loss.backward();
            optimizer.step();
            losses.Add(loss.ToDouble());
        }
        return (Tensors.ToArray2D(w), losses);
    }
}
