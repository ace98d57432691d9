using DeepMath.Approximation;
using DeepMath.Architectures;

namespace DeepMath.Tests.Approximation;

public class InterpolantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void the_network_takes_the_targets_values_at_every_knot_and_has_n_neurons(int width)
    {
        Func<double, double> f = x => Math.Exp(x) * Math.Cos(3 * x);
        var net = Interpolant.Network(f, width, -1, 2);

        Assert.Equal([1, width, 1], net.Widths);
        for (var j = 0; j <= width; j++)
        {
            var t = -1 + 3.0 * j / width;
            Assert.Equal(f(t), net.Evaluate(t), 1e-12);
        }
        Assert.Equal(width, LinearPieces.Count(net, -1, 2)); // one piece per cell, a kink at each interior knot
    }

    [Theory]
    [InlineData(4)]
    [InlineData(32)]
    public void between_knots_the_network_is_the_chord_of_the_target(int width)
    {
        // Oracle: the chord of f on a cell, evaluated by hand.
        Func<double, double> f = x => x * x * x;
        var net = Interpolant.Network(f, width, 0, 1);
        var h = 1.0 / width;
        for (var j = 0; j < width; j++)
        {
            var (a, b) = (j * h, (j + 1) * h);
            var x = a + 0.3 * h;
            Assert.Equal(f(a) + (f(b) - f(a)) * 0.3, net.Evaluate(x), 1e-12);
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(128)]
    public void the_sup_error_for_x_squared_is_h_squared_over_four(int width)
    {
        // Closed form: on each cell x² − chord = −(x − a)(b − x), largest h²/4 at the midpoint (a dyadic grid point here).
        var net = Interpolant.Network(x => x * x, width, 0, 1);

        var error = Errors.Sup(x => x * x, net.Evaluate, 0, 1, 4 * width + 1);

        Assert.Equal(0.25 / ((double)width * width), error, 1e-15);
        Assert.Equal(error, Interpolant.C2Bound(1.0 / width, 2), 1e-15); // the bound is attained for f'' constant
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(1024)]
    public void the_sup_error_for_the_kink_at_one_third_is_four_ninths_of_h(int width)
    {
        // Closed form: the kink sits at 1/3 or 2/3 of its cell (2^j mod 3 ≠ 0), where the chord misses by 2uv/h = 4h/9.
        var net = Interpolant.Network(x => Math.Abs(x - 1.0 / 3), width, 0, 1);

        var error = Errors.Sup(x => Math.Abs(x - 1.0 / 3), net.Evaluate, 0, 1, 3 * 4096 + 1);

        Assert.Equal(4.0 / (9 * width), error, 1e-14);
    }

    [Fact]
    public void the_sine_error_respects_the_c2_bound_and_approaches_it()
    {
        // Theory: sup error ≤ h²·4π²/8 = π²/(2N²), with ratio → 1 as the cells shrink near the extrema of f''.
        foreach (var width in new[] { 8, 64, 512 })
        {
            var net = Interpolant.Network(x => Math.Sin(2 * Math.PI * x), width, 0, 1);
            var sup = Errors.Sup(x => Math.Sin(2 * Math.PI * x), net.Evaluate, 0, 1, 16 * width + 1);
            var bound = Interpolant.C2Bound(1.0 / width, 4 * Math.PI * Math.PI);
            Assert.InRange(sup / bound, 0.9, 1.0);
        }
    }
}
