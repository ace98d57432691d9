using DeepMath.Architectures;
using DeepMath.Features;
using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Tests.Features;

public class ProbeAndScalingTests
{
    [Fact]
    public void a_ridge_probe_separates_well_separated_clusters()
    {
        var rng = new Random(0);
        var labels = Enumerable.Range(0, 90).Select(i => i % 3).ToArray();
        var x = new double[90, 2];
        for (var i = 0; i < 90; i++)
        {
            x[i, 0] = 5 * Math.Cos(2 * Math.PI * labels[i] / 3) + 0.3 * (rng.NextDouble() - 0.5);
            x[i, 1] = 5 * Math.Sin(2 * Math.PI * labels[i] / 3) + 0.3 * (rng.NextDouble() - 0.5);
        }

        Assert.Equal(1.0, LinearProbe.Fit(x, labels, 3, ridge: 1.0).Accuracy(x, labels));
    }

    [Fact]
    public void without_ridge_the_probe_predicts_the_argmax_of_the_least_squares_fit()
    {
        var x = Matrix<double>.Build.Random(40, 4, 1);
        var labels = Enumerable.Range(0, 40).Select(i => i % 3).ToArray();
        var design = x.Append(Matrix<double>.Build.Dense(40, 1, 1.0)); // standardising is an invertible affine map: same fit
        var scores = design * design.Solve(Matrix<double>.Build.DenseOfArray(Alignment.OneHot(labels, 3)));
        var expected = Enumerable.Range(0, 40).Select(i => scores.Row(i).MaximumIndex()).ToArray();

        Assert.Equal(expected, LinearProbe.Fit(x.ToArray(), labels, 3, ridge: 0).Predict(x.ToArray()));
    }

    [Fact]
    public void hidden_layers_come_out_after_each_activation_with_their_widths()
    {
        using var model = Mlp.Create(3, [5, 4], 2, seed: 0);
        var layers = Representations.HiddenLayers(model, new double[,] { { 1, 2, 3 }, { -1, 0, 1 } });

        Assert.Equal([(2, 5), (2, 4)], layers.Select(h => (h.GetLength(0), h.GetLength(1))));
        Assert.All(layers, h => Assert.All(h.Cast<double>(), v => Assert.True(v >= 0))); // ReLU outputs
        Assert.Equal((5, 3), (Representations.FirstLayerWeights(model).GetLength(0), Representations.FirstLayerWeights(model).GetLength(1)));
    }

    [Fact]
    public void in_the_ntk_scaling_features_move_about_half_as_much_when_the_width_quadruples()
    {
        // Seed 0, 100 digits-like random inputs, 20 GD steps at rate 1: movement ~ N^(-1/2), so 256 → 1024 halves it.
        var rng = new Random(0);
        var x = new double[100, 16];
        for (var i = 0; i < 100; i++) for (var j = 0; j < 16; j++) x[i, j] = rng.NextDouble();
        var labels = Enumerable.Range(0, 100).Select(i => i % 4).ToArray();

        var narrow = WidthScaling.Train(x, labels, 4, 256, Parametrization.Ntk, 20, 1.0, seed: 0);
        var wide = WidthScaling.Train(x, labels, 4, 1024, Parametrization.Ntk, 20, 1.0, seed: 0);
        var meanField = WidthScaling.Train(x, labels, 4, 1024, Parametrization.MeanField, 20, 1.0, seed: 0);

        Assert.InRange(wide.FeatureMovement / narrow.FeatureMovement, 0.35, 0.7);
        Assert.True(meanField.FeatureMovement > 4 * wide.FeatureMovement);
        Assert.True(wide.Losses[^1] < wide.Losses[0]);
    }
}
