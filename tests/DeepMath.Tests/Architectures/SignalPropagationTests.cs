using DeepMath.Architectures;

namespace DeepMath.Tests.Architectures;

public class SignalPropagationTests
{
    [Fact]
    public void averaged_over_seeds_the_per_layer_factor_is_c_over_2_forward_and_backward()
    {
        // Mean-field prediction c/2 (here c = 2: factor 1). One network's geometric-mean factor fluctuates: log q_L has
        // variance ≈ 5L/N for one input (Hanin and Nica 2019), a relative spread ≈ √(5/(N(L-1))) ≈ 2.6 % at N = 256,
        // L = 30; the mean of 8 seeds has about a third of that, and 3 % is well over three such spreads.
        var profiles = Enumerable.Range(0, 8).Select(seed => SignalPropagation.Run(depth: 30, width: 256, variance: 2, inputs: 16, seed: seed)).ToArray();

        Assert.Equal(1, profiles.Average(p => p.ForwardFactor), 0.03);
        Assert.Equal(1, profiles.Average(p => p.BackwardFactor), 0.03);
    }

    [Fact]
    public void scaling_the_variance_scales_every_layer_exactly_by_a_power_of_c()
    {
        // Same seed, same Gaussian draws: W scales by √c, ReLU is positively homogeneous, so q_l scales by c^l exactly,
        // and g_l by c^(L-l) (the ReLU pattern does not change); so both geometric-mean factors scale by exactly c.
        var one = SignalPropagation.Run(depth: 10, width: 64, variance: 1, inputs: 8, seed: 5);
        var four = SignalPropagation.Run(depth: 10, width: 64, variance: 4, inputs: 8, seed: 5);

        for (var l = 0; l < 10; l++) Assert.Equal(Math.Pow(4, l + 1), four.Forward[l] / one.Forward[l], Math.Pow(4, l + 1) * 1e-12);
        Assert.Equal(4 * one.ForwardFactor, four.ForwardFactor, 1e-12);
        Assert.Equal(4 * one.BackwardFactor, four.BackwardFactor, 1e-12);
    }

    [Fact]
    public void the_first_layer_second_moment_is_c_times_that_of_the_gaussian_input()
    {
        // z_1 = W_1 x with x ~ N(0, I): E[z²] = N·(c/N)·1 = c (no ReLU before the first layer).
        var profile = SignalPropagation.Run(depth: 2, width: 1024, variance: 3, inputs: 64, seed: 0);

        Assert.Equal(3, profile.Forward[0], 0.1);
    }

    [Fact]
    public void the_factors_are_geometric_means_of_the_recorded_moments()
    {
        var profile = new PropagationProfile(2, [4, 2, 1], [1, 3, 9]);

        Assert.Equal(0.5, profile.ForwardFactor, 1e-15);  // (1/4)^(1/2)
        Assert.Equal(1 / 3.0, profile.BackwardFactor, 1e-15); // (1/9)^(1/2): going from the output back to layer 1
    }

    [Fact]
    public void the_same_seed_gives_the_same_profile()
    {
        var a = SignalPropagation.Run(5, 16, 2, 4, seed: 7);
        var b = SignalPropagation.Run(5, 16, 2, 4, seed: 7);

        Assert.Equal(a.Forward, b.Forward);
        Assert.Equal(a.Backward, b.Backward);
    }
}
