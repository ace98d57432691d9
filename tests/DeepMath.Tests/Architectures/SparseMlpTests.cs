using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class SparseMlpTests
{
    private static readonly (double[,] W, double[] B)[] Layers =
    [
        (new double[,] { { 0.5, -0.3 }, { 0.8, 0.2 } }, new[] { 0.1, -0.2 }),
        (new double[,] { { 1.5, -2.0 } }, new[] { 0.3 }),
    ];

    private static readonly bool[][,] Masks = [new[,] { { true, false }, { true, true } }, new[,] { { true, true } }];

    [Fact]
    public void one_sgd_step_matches_the_step_computed_by_hand()
    {
        // x = (1, 2), target 1, loss ½(y - 1)². With W₁ ⊙ M₁ = ((0.5, 0), (0.8, 0.2)): z₁ = (0.6, 1.0), y = -0.8,
        // ∂ℓ/∂y = -1.8, ∂ℓ/∂W₂ = (-1.08, -1.8), ∂ℓ/∂z₁ = (-2.7, 3.6), ∂ℓ/∂W₁ = M₁ ⊙ ((-2.7, -5.4), (3.6, 7.2)).
        using var model = SparseMlp.Create(Layers, Masks, ScalarType.Float64);
        using var x = Tensors.ToTensor(new double[,] { { 1, 2 } }, ScalarType.Float64);
        using var t = Tensors.ToTensor(new double[,] { { 1 } }, ScalarType.Float64);

        var history = Trainer.Fit(model, torch.optim.SGD(model.parameters(), 0.1), (y, target) => 0.5 * (y - target).pow(2).sum(), x, t, new TrainingOptions { Steps = 1 });

        Assert.Equal(1.62, history.Loss[0], 1e-12);
        var (w1, b1) = model.Layers()[0];
        var (w2, b2) = model.Layers()[1];
        AssertClose(new[,] { { 0.77, 0 }, { 0.44, -0.52 } }, w1);
        AssertClose(new[] { 0.37, -0.56 }, b1);
        AssertClose(new[,] { { 1.608, -1.82 } }, w2);
        AssertClose(new[] { 0.48 }, b2);
    }

    [Fact]
    public void the_sparse_network_computes_the_dense_network_with_removed_weights_set_to_zero()
    {
        // Oracle: an ordinary Mlp whose weights are overwritten with W ⊙ M.
        using var dense = Mlp.Create(6, [8], 3, dtype: ScalarType.Float64, seed: 1);
        var layers = LinearLayers.Read(dense);
        var masks = Pruning.MagnitudeMasks(layers.Select(l => l.W).ToArray(), 0.6);
        LinearLayers.Write(dense, layers.Select((l, k) => (Masked(l.W, masks[k]), l.B)).ToArray());
        using var sparse = SparseMlp.Create(layers, masks, ScalarType.Float64);
        var x = new double[4, 6];
        for (var i = 0; i < 4; i++) for (var j = 0; j < 6; j++) x[i, j] = Math.Sin(i + 2 * j);

        AssertClose(Evaluation.Predict(dense, x, ScalarType.Float64), Evaluation.Predict(sparse, x, ScalarType.Float64));
    }

    [Fact]
    public void removed_weights_stay_zero_through_adam_training()
    {
        using var dense = Mlp.Create(4, [16], 2, seed: 0);
        var layers = LinearLayers.Read(dense);
        var masks = Pruning.MagnitudeMasks(layers.Select(l => l.W).ToArray(), 0.75);
        using var sparse = SparseMlp.Create(layers, masks);
        using var x = torch.randn([32, 4], generator: new torch.Generator(0));
        using var y = torch.randint(0, 2, [32], generator: new torch.Generator(1));

        Trainer.Fit(sparse, torch.optim.Adam(sparse.parameters(), 0.05), Losses.CrossEntropy, x, y, new TrainingOptions { Steps = 30 });

        var trained = sparse.Layers();
        for (var k = 0; k < masks.Count; k++)
            for (var i = 0; i < masks[k].GetLength(0); i++)
                for (var j = 0; j < masks[k].GetLength(1); j++)
                    if (!masks[k][i, j]) Assert.Equal(0, trained[k].W[i, j]);
        Assert.Equal(Pruning.Sparsity(masks), trained.Sum(l => l.W.Cast<double>().Count(v => v == 0)) / (double)trained.Sum(l => l.W.Length), 1e-12);
    }

    [Fact]
    public void a_mask_of_the_wrong_shape_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SparseMlp.Create(Layers, [new bool[2, 2], new bool[2, 1]]));
        Assert.Throws<ArgumentException>(() => SparseMlp.Create(Layers, [new bool[2, 2]]));
    }

    private static double[,] Masked(double[,] w, bool[,] mask)
    {
        var result = (double[,])w.Clone();
        for (var i = 0; i < w.GetLength(0); i++) for (var j = 0; j < w.GetLength(1); j++) if (!mask[i, j]) result[i, j] = 0;
        return result;
    }

    private static void AssertClose(double[,] expected, double[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++) for (var j = 0; j < expected.GetLength(1); j++) Assert.Equal(expected[i, j], actual[i, j], 1e-12);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12);
    }
}
