using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Features;

/// <summary>Trains a two-layer ReLU network in the NTK or the mean-field scaling and measures how far its features move.</summary>
/// <remarks>
/// f(x) = N^(−α) Σ_i a_i ϱ(⟨w_i, x⟩/√d) with w_i, a_i standard Gaussian, trained by full-batch gradient descent on the
/// squared loss ½‖f(x) − y‖² against one-hot labels. In the NTK scaling (α = ½, rate η) every weight moves by
/// O(N^(−½)), so the hidden features ϱ(Wx/√d) stay at their random initialization as N grows (Jacot et al. 2018;
/// Chizat, Oyallon and Bach 2019, "lazy training"); in the mean-field scaling (α = 1, rate η·N) they move by O(1)
/// (Mei et al. 2018). Berner et al., Sections 4.2 and 7; chapter 04 (learned features).
/// </remarks>
public static class WidthScaling
{
    /// <summary>Trains one network and reports the relative movement of its hidden features and its losses.</summary>
    /// <param name="x">Training inputs, shape [n, d], e.g. 300 digits scaled to [0, 1].</param>
    /// <param name="labels">Labels 0..k−1, length n.</param>
    /// <param name="classes">Number of classes k, e.g. 10.</param>
    /// <param name="width">Hidden width N, e.g. 4096.</param>
    /// <param name="parametrization">NTK (α = ½, rate η) or mean-field (α = 1, rate η·N).</param>
    /// <param name="steps">Full-batch gradient steps, e.g. 100.</param>
    /// <param name="learningRate">The base rate η, e.g. 0.5.</param>
    /// <param name="seed">Seed of the Gaussian initialization, e.g. 0.</param>
    /// <returns>The run: width, scaling, ‖H_T − H_0‖_F/‖H_0‖_F of the hidden features H on the training inputs, and the losses.</returns>
    public static ScalingRun Train(double[,] x, int[] labels, int classes, int width, Parametrization parametrization,
        int steps, double learningRate, int seed)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        using var outer = torch.NewDisposeScope();
        var d = x.GetLength(1);
        var inputs = Tensors.ToTensor(x);                                     // [n, d]
        var targets = Tensors.ToTensor(Alignment.OneHot(labels, classes));   // [n, k]
        torch.manual_seed(seed);
        var w = new Parameter(torch.randn(width, d));                         // [N, d]
        var a = new Parameter(torch.randn(width, classes));                   // [N, k]
        var outputScale = parametrization == Parametrization.Ntk ? 1 / Math.Sqrt(width) : 1.0 / width;
        var rate = parametrization == Parametrization.Ntk ? learningRate : learningRate * width;
        var optimizer = torch.optim.SGD([w, a], rate);
        Tensor Hidden() => nn.functional.relu(inputs.mm(w.t()) / Math.Sqrt(d)); // [n, N]

        double[,] before;
        using (torch.no_grad()) before = Tensors.ToArray2D(Hidden());
        var losses = new List<double>(steps + 1);
        for (var step = 0; step <= steps; step++)
        {
            using var scope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var output = Hidden().mm(a) * outputScale;                        // [n, k]
            var loss = 0.5 * (output - targets).pow(2).sum(1).mean();
            losses.Add(loss.ToDouble());
            if (step == steps) break; // the last entry is the loss after the final step
            loss.backward();
            optimizer.step();
        }
        double[,] after;
        using (torch.no_grad()) after = Tensors.ToArray2D(Hidden());
        return new ScalingRun(width, parametrization, Alignment.RelativeMovement(before, after), losses);
    }
}
