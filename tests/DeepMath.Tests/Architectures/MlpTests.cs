using DeepMath.Architectures;
using DeepMath.Training;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class MlpTests
{
    [Theory]
    [InlineData(2, new[] { 64, 64 }, 2, 4482)]  // 3·64 + 65·64 + 65·2
    [InlineData(1, new int[0], 1, 2)]           // a line: slope and intercept
    [InlineData(64, new[] { 32 }, 10, 2410)]    // 65·32 + 33·10
    public void the_parameter_count_is_the_sum_of_layer_sizes_and_matches_the_module(int d, int[] hidden, int k, long expected)
    {
        using var model = Mlp.Create(d, hidden, k);

        Assert.Equal(expected, Mlp.ParameterCount(d, hidden, k));
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void the_same_seed_gives_the_same_weights_and_another_seed_different_ones()
    {
        using var a = Mlp.Create(3, [16], 2, seed: 5);
        using var b = Mlp.Create(3, [16], 2, seed: 5);
        using var c = Mlp.Create(3, [16], 2, seed: 6);

        Assert.Equal(a.parameters().Select(Tensors.ToArray), b.parameters().Select(Tensors.ToArray));
        Assert.NotEqual(a.parameters().Select(Tensors.ToArray), c.parameters().Select(Tensors.ToArray));
    }

    [Fact]
    public void a_float64_mlp_has_float64_parameters_and_named_layers()
    {
        using var model = Mlp.Create(2, [8, 8], 1, Activation.Tanh, ScalarType.Float64);

        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float64, p.dtype));
        Assert.Equal(new[] { "linear1", "tanh1", "linear2", "tanh2", "linear3" }, model.named_children().Select(c => c.name));
    }

    [Fact]
    public void the_relu_mlp_computes_W2_relu_W1_x_plus_b1_plus_b2()
    {
        // Oracle: the paper's realization Φ(x) = W2·ϱ(W1·x + b1) + b2, evaluated with MathNet from the module's own weights.
        using var model = Mlp.Create(3, [5], 2, dtype: ScalarType.Float64, seed: 2);
        var p = model.named_parameters().ToDictionary(n => n.name, n => Tensors.ToArray(n.parameter));
        var w1 = Matrix<double>.Build.DenseOfRowMajor(5, 3, p["linear1.weight"]);
        var w2 = Matrix<double>.Build.DenseOfRowMajor(2, 5, p["linear2.weight"]);
        var b1 = Vector<double>.Build.DenseOfArray(p["linear1.bias"]);
        var b2 = Vector<double>.Build.DenseOfArray(p["linear2.bias"]);
        double[] x = [0.5, -1.0, 2.0];

        var expected = w2 * (w1 * Vector<double>.Build.DenseOfArray(x) + b1).PointwiseMaximum(0) + b2;
        var actual = DeepMath.Training.Evaluation.Predict(model, new[,] { { x[0], x[1], x[2] } }, ScalarType.Float64);

        Assert.Equal(expected[0], actual[0, 0], 1e-12);
        Assert.Equal(expected[1], actual[0, 1], 1e-12);
    }

    [Fact]
    public void non_positive_widths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Mlp.Create(2, [8, 0], 1));
        Assert.Throws<ArgumentException>(() => Mlp.ParameterCount(0, [], 1));
    }
}
