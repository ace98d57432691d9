using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>
/// Adam (Kingma and Ba, 2015) computed as <c>torch.optim.Adam</c> computes it, except for one square root, taken so
/// that training gives the same bits on every x86-64 processor. Create it with <see cref="Optimizers.Adam"/>.
/// </summary>
/// <remarks>
/// <para>
/// The update is θ ← θ − lr · m̂ / (√v̂ + ε), with m and v the running means of the gradient and of its square, and
/// m̂, v̂ their bias-corrected values (Berner et al., Section 5, and chapter 03 write it out).
/// </para>
/// <para>
/// Why not <c>torch.optim.Adam</c>: libtorch takes <c>Tensor.sqrt()</c> of a float tensor in Intel MKL's vector math
/// library, whose result is not correctly rounded and depends on the processor, whatever <c>MKL_CBWR</c> says. Of
/// 1000 float32 roots, 169 were off by one unit in the last place on an AMD EPYC and 157 on an (emulated) Intel
/// Haswell, not the same ones. Adam takes one root per parameter per step, so after a few hundred steps the trained
/// networks differed in the fourth significant digit between the two machines, and so did the numbers a chapter
/// prints. Here √v̂ is 1 / rsqrt(v̂): ATen computes rsqrt in its own kernel as 1 / std::sqrt, the same on every
/// processor, and the result is within about one unit in the last place of the exact root. Introduced in chapter 00;
/// every chapter trains with it.
/// </para>
/// </remarks>
public sealed class ReproducibleAdam : Adam
{
    internal ReproducibleAdam(IEnumerable<Parameter> parameters, double lr, double beta1, double beta2, double eps,
        double weightDecay, bool amsgrad)
        : base(parameters, lr, beta1, beta2, eps, weightDecay, amsgrad)
    {
    }

    /// <summary>Performs one Adam step on every parameter that has a gradient.</summary>
    /// <param name="closure">Recomputes the loss when given, as for any TorchSharp optimizer; usually null.</param>
    /// <returns>The closure's loss, or null.</returns>
    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
    {
        var options = (Options)group.Options;
        double beta1 = options.beta1!.Value, beta2 = options.beta2!.Value, eps = options.eps!.Value;
        double lr = options.LearningRate!.Value, weightDecay = options.weight_decay!.Value;
        foreach (var param in group.Parameters)
        {
            var grad = param.grad;
            if (grad is null) continue;
            var state = (State)_state[param.Handle];
            state.step += 1;
            var biasCorrection1 = 1 - Math.Pow(beta1, state.step);
            var biasCorrection2 = 1 - Math.Pow(beta2, state.step);
            if (weightDecay != 0) grad = grad.add(param, alpha: weightDecay);   // L2 penalty, as torch.optim.Adam

            state.exp_avg.mul_(beta1).add_(grad, alpha: 1 - beta1);             // m ← β₁ m + (1 − β₁) g
            state.exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value: 1 - beta2); // v ← β₂ v + (1 − β₂) g²
            var second = state.exp_avg_sq;
            if (options.amsgrad!.Value)
            {
                var previous = state.max_exp_avg_sq;
                state.max_exp_avg_sq = maximum(previous, state.exp_avg_sq).DetachFromDisposeScope();
                previous.Dispose();
                second = state.max_exp_avg_sq;
            }

            var denominator = (Sqrt(second) / Math.Sqrt(biasCorrection2)).add_(eps);  // √v̂ + ε
            param.addcdiv_(state.exp_avg, denominator, value: -lr / biasCorrection1);
        }
    }, closure);

    /// <summary>√x for x ≥ 0 with the same bits on every processor: 1 / rsqrt(x), which gives 0 at 0.</summary>
    internal static Tensor Sqrt(Tensor x) => x.rsqrt().reciprocal_();
}
