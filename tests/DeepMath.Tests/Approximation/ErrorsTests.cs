using DeepMath.Approximation;
using DeepMath.Architectures;

namespace DeepMath.Tests.Approximation;

public class ErrorsTests
{
    [Fact]
    public void the_sup_distance_of_x_from_zero_on_the_unit_interval_is_one() =>
        Assert.Equal(1.0, Errors.Sup(x => x, _ => 0, 0, 1, 11));

    [Fact]
    public void the_midpoint_rule_is_exact_for_a_one_signed_affine_difference() =>
        Assert.Equal(0.5, Errors.L1(x => x, _ => 0, 0, 1, 7), 1e-15);

    [Fact]
    public void the_l1_distance_of_x_squared_from_zero_approaches_one_third()
    {
        // Oracle: ∫_0^1 x² = 1/3; the midpoint rule errs by −h²f′′/24 = −h²/12 (closed form for a quadratic).
        var cells = 100;
        Assert.Equal(1.0 / 3 - 1.0 / (12.0 * cells * cells), Errors.L1(x => x * x, _ => 0, 0, 1, cells), 1e-14);
    }

    [Fact]
    public void a_nan_approximation_never_has_a_small_sup_error() =>
        Assert.True(double.IsNaN(Errors.Sup(x => x, _ => double.NaN, 0, 1, 3)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void the_network_overloads_evaluate_exactly_as_reluNetwork_does(int seed)
    {
        // Oracle: ReluNetwork.Evaluate, the definition of the realization; the arithmetic order is the same, so bit for bit.
        var net = ReluNetwork.Random([1, 9, 5, 7, 1], seed);
        Func<double, double> f = Math.Sin;

        Assert.Equal(Errors.Sup(f, net.Evaluate, -2, 3, 1001), Errors.Sup(f, net, -2, 3, 1001));
        Assert.Equal(Errors.L1(f, net.Evaluate, -2, 3, 1000), Errors.L1(f, net, -2, 3, 1000));
    }
}
