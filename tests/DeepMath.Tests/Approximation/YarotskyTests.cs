using DeepMath.Approximation;

namespace DeepMath.Tests.Approximation;

public class YarotskyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void f_m_interpolates_x_squared_at_the_knots_and_lies_above_it(int m)
    {
        var knots = 1 << m;
        for (var j = 0; j <= knots; j++)
        {
            var x = (double)j / knots;
            Assert.Equal(x * x, Yarotsky.Square(m, x), 1e-15);
        }
        var rng = new Random(m);
        for (var i = 0; i < 1000; i++)
        {
            var x = rng.NextDouble();
            Assert.InRange(Yarotsky.Square(m, x) - x * x, -1e-15, Yarotsky.SquareError(m) + 1e-15);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(15)]
    public void the_sup_error_is_exactly_4_to_the_minus_m_plus_1(int m)
    {
        // Oracle: x² itself; the grid of 2^(m+1) cells holds the midpoints where the error peaks.
        var net = Yarotsky.SquareNetwork(m);
        var cells = 1 << (m + 1);

        var error = Errors.Sup(x => x * x, net.Evaluate, 0, 1, cells + 1);

        Assert.Equal(Math.Pow(4, -(m + 1)), error, 1e-12 * error);
        Assert.Equal(Math.Pow(4, -(m + 1)), Yarotsky.SquareError(m));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void the_square_network_has_width_three_depth_m_plus_one_and_12m_minus_2_parameters(int m)
    {
        var net = Yarotsky.SquareNetwork(m);

        Assert.Equal(m + 1, net.Depth);
        Assert.All(net.Widths.Skip(1).SkipLast(1), w => Assert.Equal(3, w));
        Assert.Equal(12 * m - 2, net.ParameterCount);
    }

    [Fact]
    public void the_network_equals_the_closed_form_on_random_points()
    {
        var rng = new Random(1);
        foreach (var m in new[] { 1, 4, 9 })
        {
            var net = Yarotsky.SquareNetwork(m);
            for (var i = 0; i < 500; i++)
            {
                var x = rng.NextDouble();
                Assert.Equal(Yarotsky.Square(m, x), net.Evaluate(x), 1e-13);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void multiplication_errs_by_at_most_three_and_on_the_dyadic_grid_exactly_two_times_4_to_the_minus_m_plus_1(int m)
    {
        // Oracle: xy. The error 2e((x+y)/2) − e(x)/2 − e(y)/2 peaks at 2·4^{−(m+1)} when x, y are knots and (x+y)/2 a midpoint.
        var net = Yarotsky.MultiplyNetwork(m);
        var cells = 1 << (m + 2);
        var worst = 0.0;
        for (var i = 0; i <= cells; i++)
            for (var j = 0; j <= cells; j++)
            {
                double x = (double)i / cells, y = (double)j / cells;
                var p = net.Evaluate([x, y])[0];
                Assert.Equal(Yarotsky.Multiply(m, x, y), p, 1e-14);
                worst = Math.Max(worst, Math.Abs(p - x * y));
            }
        Assert.Equal(2 * Yarotsky.SquareError(m), worst, 1e-12 * worst);

        var rng = new Random(m);
        for (var i = 0; i < 2000; i++)
        {
            double x = rng.NextDouble(), y = rng.NextDouble();
            Assert.True(Math.Abs(net.Evaluate([x, y])[0] - x * y) <= Yarotsky.MultiplyErrorBound(m) + 1e-15);
        }
    }
}
