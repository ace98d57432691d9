using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;

namespace DeepMath.Tests.Architectures;

public class NormalizedMlpTests
{
    [Fact]
    public void with_batch_norm_hidden_layers_lose_their_bias_and_gain_scale_and_shift()
    {
        using var plain = NormalizedMlp.Create(64, [32, 32], 10, batchNorm: false);
        using var normed = NormalizedMlp.Create(64, [32, 32], 10, batchNorm: true);

        Assert.Equal(new[] { "linear1", "relu1", "linear2", "relu2", "linear3" }, plain.named_children().Select(c => c.name));
        Assert.Equal(new[] { "linear1", "norm1", "relu1", "linear2", "norm2", "relu2", "linear3" }, normed.named_children().Select(c => c.name));
        Assert.Equal(Mlp.ParameterCount(64, [32, 32], 10), plain.parameters().Sum(p => p.numel()));
        // BN replaces each hidden bias (N) by a scale and a shift (2N): 64 more parameters here.
        Assert.Equal(Mlp.ParameterCount(64, [32, 32], 10) + 64, normed.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void weights_are_he_initialized_and_biases_start_at_zero()
    {
        using var model = NormalizedMlp.Create(512, [512], 10, batchNorm: false, seed: 1);
        var first = model.modules().OfType<Linear>().First();

        var w = Tensors.ToArray(first.weight!);
        Assert.Equal(2.0 / 512, w.Select(v => v * v).Average(), 2.0 / 512 * 0.02); // 262 144 samples
        Assert.All(Tensors.ToArray(first.bias!), b => Assert.Equal(0, b));
    }
}
