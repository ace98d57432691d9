using DeepMath.Architectures;

namespace DeepMath.Tests.Architectures;

public class PruningTests
{
    private static readonly double[][,] Weights =
    [
        new double[,] { { 0.5, -0.1, 2.0 }, { -3.0, 0.05, 0.7 } },
        new double[,] { { -0.2, 1.5 }, { 0.01, -0.9 } },
    ];

    [Fact]
    public void magnitude_pruning_removes_the_smallest_weights_across_all_layers()
    {
        var masks = Pruning.MagnitudeMasks(Weights, 0.5); // 10 weights, remove 5: 0.01, 0.05, 0.1, 0.2, 0.5

        Assert.Equal(new[,] { { false, false, true }, { true, false, true } }, masks[0]);
        Assert.Equal(new[,] { { false, true }, { false, true } }, masks[1]);
        Assert.Equal(0.5, Pruning.Sparsity(masks), 1e-15);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.8, 8)]
    [InlineData(0.95, 9)] // ⌊9.5⌋
    public void exactly_the_floor_of_s_times_the_weight_count_is_removed(double sparsity, int removed)
    {
        var masks = Pruning.MagnitudeMasks(Weights, sparsity);

        Assert.Equal(10 - removed, masks.Sum(Pruning.Kept));
    }

    [Fact]
    public void ties_are_broken_by_position_so_the_count_stays_exact()
    {
        var masks = Pruning.MagnitudeMasks([new double[,] { { 1, 1, 1, 1 } }], 0.5);

        Assert.Equal(new[,] { { false, false, true, true } }, masks[0]);
    }

    [Fact]
    public void random_masks_keep_as_many_weights_per_layer_at_seeded_positions()
    {
        var large = new[] { new double[30, 40], new double[40, 10] };
        var rng = new Random(1);
        foreach (var w in large) for (var i = 0; i < w.GetLength(0); i++) for (var j = 0; j < w.GetLength(1); j++) w[i, j] = rng.NextDouble() * (i + 1);
        var magnitude = Pruning.MagnitudeMasks(large, 0.9);

        var random = Pruning.RandomMasks(magnitude, seed: 3);

        Assert.Equal(magnitude.Select(Pruning.Kept), random.Select(Pruning.Kept));
        Assert.NotEqual(magnitude[0], random[0]);
        Assert.Equal(random[1], Pruning.RandomMasks(magnitude, seed: 3)[1]);
        Assert.NotEqual(random[0], Pruning.RandomMasks(magnitude, seed: 4)[0]);
    }
}
