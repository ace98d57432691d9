using DeepMath.Approximation;

namespace DeepMath.Tests.Approximation;

public class GridInterpolantTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(3, 4)]
    [InlineData(6, 3)]
    public void affine_functions_are_reproduced_exactly(int d, int pointsPerAxis)
    {
        // Piecewise-linear interpolation on any triangulation is exact for affine f.
        Func<double[], double> f = x => 0.3 + x.Select((v, j) => (j + 1) * v).Sum();
        var x = BarronTargetTests.Points(200, d, seed: d);
        Assert.Equal(0, GridInterpolant.RmsError(f, pointsPerAxis, x), 1e-13);
    }

    [Fact]
    public void the_interpolant_equals_f_at_every_node()
    {
        Func<double[], double> f = x => Math.Exp(x[0] - 2 * x[1] * x[2]);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                for (var k = 0; k < 3; k++)
                {
                    double[] node = [-1 + i, -1 + j, -1 + k];
                    Assert.Equal(f(node), GridInterpolant.Evaluate(f, 3, node), 1e-14);
                }
    }

    [Fact]
    public void in_one_dimension_it_is_the_chord_interpolant_with_error_h_squared_over_four_for_x_squared()
    {
        // Closed form: h = 2/(K − 1) = 0.25; the error peaks at the cells' midpoints at h²/4.
        Func<double[], double> f = x => x[0] * x[0];
        Assert.Equal(0.25 * 0.25 / 4, GridInterpolant.Evaluate(f, 9, [-1 + 0.125]) - f([-1 + 0.125]), 1e-15);
    }

    [Fact]
    public void the_interpolant_is_continuous_across_simplex_faces()
    {
        // Across the face x₀ = x₁ of a Kuhn simplex the order of the fractions flips; the values must agree.
        Func<double[], double> f = x => Math.Sin(3 * x[0]) * Math.Cos(2 * x[1]) + x[2] * x[2];
        double[] a = [0.1 + 1e-12, 0.1, -0.3], b = [0.1, 0.1 + 1e-12, -0.3];
        Assert.Equal(GridInterpolant.Evaluate(f, 6, a), GridInterpolant.Evaluate(f, 6, b), 1e-10);
    }

    [Fact]
    public void halving_the_cell_width_divides_the_error_of_a_smooth_function_by_about_four()
    {
        // Theory: error ~ h² (C² target); K = 9 → 17 halves h.
        var target = new BarronTarget(2);
        var x = BarronTargetTests.Points(2000, 2, seed: 3);
        var ratio = GridInterpolant.RmsError(target.Value, 9, x) / GridInterpolant.RmsError(target.Value, 17, x);
        Assert.InRange(ratio, 3.6, 4.4);
        Assert.Equal(Math.Pow(17, 2), GridInterpolant.Nodes(17, 2));
    }
}
