using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>Propagates random inputs forward and random output gradients backward through a deep ReLU network at initialization.</summary>
/// <remarks>
/// Mean-field analysis of signal propagation (Poole et al. 2016; Schoenholz et al. 2017; He et al. 2015): with
/// W_l ~ N(0, c/N) and z_l = W_l ϱ(z_{l-1}), the second moment obeys q_l = c·E[ϱ(z_{l-1})²] = (c/2)·q_{l-1}, since half
/// of a symmetric pre-activation's energy survives the ReLU. Back-propagation δ_{l-1} = ϱ'(z_{l-1}) ⊙ W_lᵀ δ_l gives the
/// same factor c/2 per layer. So c = 2 (He initialization) keeps both at scale, c &lt; 2 makes them vanish and c &gt; 2
/// explode geometrically in the depth. Berner et al., Section 6 (deep architectures). Computed in float64 with
/// explicit matrix products (no autograd), so the backward pass is visible. Chapter 05 (architectures).
/// </remarks>
public static class SignalPropagation
{
    /// <summary>Measures q_l and g_l through <paramref name="depth"/> square ReLU layers without biases.</summary>
    /// <param name="depth">Number of layers L, e.g. 50.</param>
    /// <param name="width">Width N of every layer, e.g. 256.</param>
    /// <param name="variance">c in W ~ N(0, c/N), e.g. 2 (He).</param>
    /// <param name="inputs">Number of Gaussian inputs x ~ N(0, I_N) averaged over, e.g. 64.</param>
    /// <param name="seed">Seed of the weights, inputs and output gradients, e.g. 0.</param>
    /// <returns>The profile of forward and backward second moments.</returns>
    public static PropagationProfile Run(int depth, int width, double variance, int inputs, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(variance);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var generator = new torch.Generator((ulong)seed);
        var weights = Enumerable.Range(0, depth)
            .Select(_ => torch.randn([width, width], ScalarType.Float64, generator: generator) * Math.Sqrt(variance / width)).ToArray();
        var h = torch.randn([inputs, width], ScalarType.Float64, generator: generator); // h_0 = x: [inputs, N]
        var z = new Tensor[depth];
        var forward = new double[depth];
        for (var l = 0; l < depth; l++)
        {
            z[l] = h.matmul(weights[l].t());                    // z_l = W_l h_{l-1}, one input per row: [inputs, N]
            forward[l] = z[l].pow(2).mean().ToDouble();
            h = torch.nn.functional.relu(z[l]);
        }
        var delta = torch.randn([inputs, width], ScalarType.Float64, generator: generator); // δ_L = ∂ℓ/∂z_L
        var backward = new double[depth];
        backward[depth - 1] = delta.pow(2).mean().ToDouble();
        for (var l = depth - 1; l > 0; l--)
        {
            delta = delta.matmul(weights[l]) * (z[l - 1] > 0).to_type(ScalarType.Float64); // δ_{l-1} = ϱ'(z_{l-1}) ⊙ W_lᵀ δ_l
            backward[l - 1] = delta.pow(2).mean().ToDouble();
        }
        return new PropagationProfile(variance, forward, backward);
    }
}
