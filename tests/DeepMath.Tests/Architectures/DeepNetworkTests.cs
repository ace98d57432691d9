using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class DeepNetworkTests
{
    [Theory]
    [InlineData(64, 32, 20, 10, 23530)] // 65·32 + 20·33·32 + 33·10
    [InlineData(2, 3, 1, 1, 25)]        // 3·3 + 4·3 + 4·1
    public void plain_and_residual_networks_have_the_same_parameters_as_the_formula_says(int d, int n, int l, int k, long expected)
    {
        using var plain = DeepNetwork.Create(d, n, l, k, residual: false);
        using var residual = DeepNetwork.Create(d, n, l, k, residual: true);

        Assert.Equal(expected, DeepNetwork.ParameterCount(d, n, l, k));
        Assert.Equal(expected, plain.parameters().Sum(p => p.numel()));
        Assert.Equal(expected, residual.parameters().Sum(p => p.numel()));
        Assert.Equal(l, residual.Depth);
    }

    [Fact]
    public void one_seed_gives_both_variants_the_same_weights_with_block_variance_c_over_n()
    {
        using var plain = DeepNetwork.Create(8, 256, 3, 2, residual: false, variance: 2, seed: 4);
        using var residual = DeepNetwork.Create(8, 256, 3, 2, residual: true, variance: 2, seed: 4);

        Assert.Equal(plain.parameters().Select(Tensors.ToArray), residual.parameters().Select(Tensors.ToArray));
        var w = Tensors.ToArray(plain.BlockWeight(2));
        Assert.Equal(2.0 / 256, w.Select(v => v * v).Average(), 2.0 / 256 * 0.02); // 65 536 samples: 0.6 % standard error
    }

    [Fact]
    public void the_residual_forward_pass_is_h_plus_a_scaled_correction()
    {
        // Oracle: the formula evaluated by hand with MathNet-free loops on the module's own float64 weights.
        using var net = DeepNetwork.Create(2, 3, 4, 1, residual: true, variance: 1, dtype: ScalarType.Float64, seed: 1);
        var p = net.named_parameters().ToDictionary(q => q.name, q => Tensors.ToArray(q.parameter));
        double[] x = [0.3, -1.1];
        var h = Affine(p["input.weight"], p["input.bias"], x);
        for (var l = 0; l < 4; l++)
        {
            var correction = Affine(p[$"blocks.{l}.weight"], p[$"blocks.{l}.bias"], h.Select(v => Math.Max(v, 0)).ToArray());
            h = h.Select((v, i) => v + correction[i] / 2).ToArray(); // 1/√L = 1/2
        }
        var expected = Affine(p["output.weight"], p["output.bias"], h)[0];

        var actual = Evaluation.Predict(net, new[,] { { x[0], x[1] } }, ScalarType.Float64)[0, 0];

        Assert.Equal(expected, actual, 1e-12);
    }

    [Fact]
    public void autograd_gradients_of_a_residual_network_match_central_differences()
    {
        using var net = DeepNetwork.Create(3, 4, 3, 2, residual: true, variance: 1, dtype: ScalarType.Float64, seed: 2);
        using var scope = torch.NewDisposeScope();
        var x = torch.randn([5, 3], ScalarType.Float64, generator: new torch.Generator(0));
        var y = torch.tensor(new long[] { 0, 1, 1, 0, 1 });
        double Loss() { using var s = torch.NewDisposeScope(); using var g = torch.no_grad(); return Losses.CrossEntropy(net.call(x), y).ToDouble(); }
        Losses.CrossEntropy(net.call(x), y).backward();
        var w = net.BlockWeight(2);
        var analytic = Tensors.ToArray(w.grad!);

        var flat = w.detach().view(-1);
        for (var k = 0; k < analytic.Length; k += 3)
        {
            const double h = 1e-6;
            double original;
            using (torch.no_grad()) { original = flat[k].ToDouble(); flat[k] = original + h; }
            var up = Loss();
            using (torch.no_grad()) flat[k] = original - h;
            var down = Loss();
            using (torch.no_grad()) flat[k] = original;
            Assert.Equal((up - down) / (2 * h), analytic[k], 1e-7);
        }
    }

    private static double[] Affine(double[] w, double[] b, double[] x) =>
        b.Select((bias, i) => bias + x.Select((v, j) => w[i * x.Length + j] * v).Sum()).ToArray();
}
