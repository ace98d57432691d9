using DeepMath.Approximation;
using DeepMath.Architectures;

namespace DeepMath.Tests.Approximation;

public class SawtoothTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(12)]
    public void the_closed_form_equals_the_hat_composed_k_times(int k)
    {
        // Oracle: the definition g_k = g ∘ ⋯ ∘ g with g(x) = 1 − |2x − 1|, on random points.
        var rng = new Random(k);
        for (var i = 0; i < 1000; i++)
        {
            var x = rng.NextDouble();
            var y = x;
            for (var s = 0; s < k; s++) y = Sawtooth.Hat(y);
            Assert.Equal(y, Sawtooth.Value(k, x), 1e-15 * (1 << k));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(20)]
    public void the_deep_network_computes_the_sawtooth_exactly_on_the_dyadic_grid(int k)
    {
        var net = Sawtooth.DeepNetwork(k);
        var cells = 1 << Math.Min(k + 3, 14);
        for (var j = 0; j <= cells; j++)
        {
            var x = (double)j / cells;
            Assert.Equal(Sawtooth.Value(k, x), net.Evaluate(x)); // exact: every intermediate value is a short dyadic fraction
        }
        Assert.Equal(1.0, Sawtooth.Value(k, Math.ScaleB(1, -k))); // g_k(1/2^k) = 1: the first tooth
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(10)]
    public void the_deep_network_has_width_two_depth_k_plus_one_6k_plus_1_parameters_and_2_to_the_k_pieces(int k)
    {
        var net = Sawtooth.DeepNetwork(k);

        Assert.Equal(k + 1, net.Depth);
        Assert.Equal(2, net.Widths.Skip(1).SkipLast(1).Max());
        Assert.Equal(6 * k + 1, net.ParameterCount);
        Assert.Equal(1 << k, LinearPieces.Count(net, 0, 1));
    }

    [Fact]
    public void the_interpolant_at_2_to_the_k_knots_is_the_exact_shallow_representation()
    {
        // Telgarsky/A1: 2^k ϱ(x) + Σ_{j=1}^{2^k−1} (−1)^j 2^{k+1} ϱ(x − j/2^k).
        const int k = 5;
        var net = Interpolant.Network(Sawtooth.Func(k), 1 << k, 0, 1);
        var w2 = net.Weight(2);

        Assert.Equal(1 << k, w2[0, 0]);
        for (var j = 1; j < 1 << k; j++) Assert.Equal((j % 2 == 0 ? 1 : -1) * (1 << (k + 1)), w2[0, j], 1e-9);
        Assert.Equal(0, Errors.Sup(Sawtooth.Func(k), net.Evaluate, 0, 1, (1 << (k + 4)) + 1), 1e-12);
    }

    [Theory]
    [InlineData(6, 5, 0.1015625)]      // (1 − 12/64)/8
    [InlineData(6, 9, 0.0859375)]      // (1 − 20/64)/8
    [InlineData(6, 31, 0)]             // 64 ≤ 2·31 + 2: no bound
    [InlineData(20, 1, 0.1249995232)]  // (1 − 4/2^20)/8
    public void the_l1_lower_bound_matches_its_formula(int k, int pieces, double expected) =>
        Assert.Equal(expected, Sawtooth.L1LowerBound(k, pieces), 1e-9);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void random_shallow_networks_are_never_closer_than_the_lower_bound(int seed)
    {
        // The theorem, tested on functions whose pieces are counted exactly: random 1 → N → 1 networks of small width.
        const int k = 6;
        foreach (var width in new[] { 2, 4, 8, 16 })
        {
            var net = ReluNetwork.Random([1, width, 1], seed, biasScale: 1);
            var pieces = LinearPieces.Count(net, 0, 1);
            Assert.True(Errors.L1(Sawtooth.Func(k), net.Evaluate, 0, 1, 1 << 14) >= Sawtooth.L1LowerBound(k, pieces));
        }
        // And the best function for the count: the constant ½ sits at exactly ¼, the bound for t = 1 is (1 − 4/64)/8.
        Assert.Equal(0.25, Errors.L1(Sawtooth.Func(k), _ => 0.5, 0, 1, 1 << 14), 1e-12);
    }
}
