using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class ReluNetworkTests
{
    private static double[,] RandomInputs(int n, int d, int seed)
    {
        var random = new Random(seed);
        var x = new double[n, d];
        for (var i = 0; i < n; i++) for (var j = 0; j < d; j++) x[i, j] = 4 * random.NextDouble() - 2;
        return x;
    }

    [Theory]
    [InlineData(3, new[] { 7, 5 }, 2, 0)]
    [InlineData(1, new[] { 16, 16 }, 1, 1)]
    [InlineData(5, new int[0], 3, 2)]
    public void the_pure_realization_equals_torchsharps_forward_pass_in_float64(int d, int[] hidden, int k, int seed)
    {
        // Oracle: TorchSharp's own forward pass of the same weights, in float64 (agreement to round-off).
        using var model = Mlp.Create(d, hidden, k, dtype: ScalarType.Float64, seed: seed);
        var network = new ReluNetwork(LinearLayers.Read(model));
        var x = RandomInputs(50, d, seed);

        var expected = Evaluation.Predict(model, x, ScalarType.Float64);

        for (var i = 0; i < 50; i++)
        {
            var row = Enumerable.Range(0, d).Select(j => x[i, j]).ToArray();
            var actual = network.Evaluate(row);
            for (var o = 0; o < k; o++) Assert.Equal(expected[i, o], actual[o], 1e-12);
        }
    }

    [Fact]
    public void a_float32_network_agrees_with_its_double_realization_to_float32_precision()
    {
        using var model = Mlp.Create(1, [16, 16], 1, seed: 0);
        var network = new ReluNetwork(LinearLayers.Read(model));
        var x = RandomInputs(1001, 1, 3);

        var torchOutput = Evaluation.Predict(model, x);

        var worst = Enumerable.Range(0, 1001).Max(i => Math.Abs(torchOutput[i, 0] - network.Evaluate(x[i, 0])));
        Assert.InRange(worst, 0, 1e-6); // the chapter's tolerance: float32 keeps ~7 digits on outputs of size ~1
    }

    [Theory]
    [InlineData(new[] { 1, 16, 16, 1 }, 321)]
    [InlineData(new[] { 64, 512, 10 }, 38410)]
    [InlineData(new[] { 2, 3, 1 }, 13)]
    [InlineData(new[] { 1, 2, 2, 2, 1 }, 19)]
    public void the_parameter_count_matches_the_formula_the_mlp_builder_and_torchsharps_numel(int[] widths, long expected)
    {
        using var model = Mlp.Create(widths[0], widths[1..^1], widths[^1]);
        var network = new ReluNetwork(LinearLayers.Read(model));

        Assert.Equal(expected, ReluNetwork.ParameterCountOf(widths));
        Assert.Equal(expected, network.ParameterCount);
        Assert.Equal(expected, Mlp.ParameterCount(widths[0], widths[1..^1], widths[^1]));
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void the_realization_of_a_hand_built_network_is_w2_relu_w1_x_plus_b1_plus_b2()
    {
        // Φ(x) = 2ϱ(x) − 4ϱ(x − ½): the hat function, 0 at 0, 1 at ½, 0 at 1, then falling with slope −2: −1 at 1.5.
        var network = new ReluNetwork([(new double[,] { { 1 }, { 1 } }, [0, -0.5]), (new double[,] { { 2, -4 } }, [0])]);

        Assert.Equal([0.0, 0.5, 1.0, 0.5, 0.0, -1.0], new[] { 0, 0.25, 0.5, 0.75, 1, 1.5 }.Select(network.Evaluate));
        Assert.Equal([1, 2, 1], network.Widths);
        Assert.Equal(2, network.Depth);
    }

    [Fact]
    public void layers_that_do_not_chain_are_rejected()
    {
        Assert.Throws<ArgumentException>(() =>
            new ReluNetwork([(new double[2, 1], new double[2]), (new double[1, 3], new double[1])]));
        Assert.Throws<ArgumentException>(() => new ReluNetwork([(new double[2, 1], new double[3])]));
        Assert.Throws<ArgumentException>(() => new ReluNetwork([]));
    }

    [Fact]
    public void the_network_copies_its_arrays_so_it_never_changes()
    {
        var w = new double[,] { { 1 } };
        var network = new ReluNetwork([(w, [0.0])]);
        w[0, 0] = 5;
        network.Layers[0].W[0, 0] = 7;

        Assert.Equal(2.0, network.Evaluate(2.0));
    }

    [Fact]
    public void a_random_network_is_the_same_for_the_same_seed_and_different_for_another()
    {
        var a = ReluNetwork.Random([1, 8, 8, 1], seed: 4);
        var b = ReluNetwork.Random([1, 8, 8, 1], seed: 4);
        var c = ReluNetwork.Random([1, 8, 8, 1], seed: 5);

        Assert.Equal(a.Evaluate(0.3), b.Evaluate(0.3));
        Assert.NotEqual(a.Evaluate(0.3), c.Evaluate(0.3));
    }
}
