using DeepMath.Optimization;

namespace DeepMath.Tests.Optimization;

public class LandscapeTests
{
    private static double Bowl(double[] x) => x.Sum(v => v * v);

    [Fact]
    public void the_line_is_evaluated_at_evenly_spaced_points_between_its_ends()
    {
        var (alpha, loss) = Landscape.Line(Bowl, [0, 0], [2, 0], points: 5, lo: -0.5, hi: 1.5);
        Assert.Equal([-0.5, 0, 0.5, 1, 1.5], alpha);
        Assert.Equal([1, 0, 1, 4, 9], loss);
    }

    [Fact]
    public void a_filter_normalised_direction_has_the_row_norms_of_the_weights_and_no_bias_part()
    {
        var net = new FlatMlp([3, 4, 2, 1]);
        var theta = net.Initialize(seed: 1);
        var direction = Landscape.FilterNormalizedDirection(net, theta, seed: 2);
        var covered = new bool[theta.Length];
        foreach (var (offset, rows, columns) in net.WeightBlocks())
        {
            for (var r = 0; r < rows; r++)
            {
                var span = Enumerable.Range(offset + r * columns, columns).ToArray();
                Assert.Equal(Math.Sqrt(span.Sum(k => theta[k] * theta[k])), Math.Sqrt(span.Sum(k => direction[k] * direction[k])), 12);
                foreach (var k in span) covered[k] = true;
            }
        }
        for (var k = 0; k < theta.Length; k++) if (!covered[k]) Assert.Equal(0, direction[k]);
        Assert.Equal(net.ParameterCount - (3 * 4 + 4 * 2 + 2), covered.Count(c => !c)); // the 4 + 2 + 1 biases
    }

    [Fact]
    public void the_plane_puts_the_first_direction_on_the_columns()
    {
        var (grid, z) = Landscape.Plane(Bowl, [0, 0], [1, 0], [0, 2], range: 1, points: 3);
        Assert.Equal([-1, 0, 1], grid);
        Assert.Equal(1, z[1, 2]);   // α = 1, β = 0
        Assert.Equal(4, z[2, 1]);   // α = 0, β = 1: (0, 2)
    }

    [Fact]
    public void the_barrier_is_the_largest_rise_above_the_chord()
    {
        Assert.Equal(1.0, Landscape.Barrier([0, 0.5, 1], [1, 1.5, 0]), 15);
        Assert.Equal(0, Landscape.Barrier([0, 0.5, 1], [1, 0.2, 0]));
    }

    [Fact]
    public void the_bezier_curve_runs_from_one_end_to_the_other_through_its_control_point_at_half_weight()
    {
        double[] a = [0, 0], c = [1, 2], b = [4, 0];
        Assert.Equal(a, BezierCurve.Point(a, c, b, 0));
        Assert.Equal(b, BezierCurve.Point(a, c, b, 1));
        Assert.Equal([1.5, 1.0], BezierCurve.Point(a, c, b, 0.5)); // ¼a + ½c + ¼b
    }

    [Fact]
    public void the_control_point_gradient_is_the_chain_rule_checked_by_central_differences()
    {
        double[] a = [0.2, -1], b = [1, 0.5], c = [0.3, 0.9];
        const double t = 0.3;
        double LossOfControl(double[] control) => Bowl(BezierCurve.Point(a, control, b, t)) + Math.Sin(BezierCurve.Point(a, control, b, t)[0]);
        var point = BezierCurve.Point(a, c, b, t);
        double[] gradient = [2 * point[0] + Math.Cos(point[0]), 2 * point[1]];
        BezierCurve.ToControlGradient(t, gradient);
        for (var k = 0; k < 2; k++)
        {
            var (plus, minus) = ((double[])c.Clone(), (double[])c.Clone());
            plus[k] += 1e-6;
            minus[k] -= 1e-6;
            Assert.Equal((LossOfControl(plus) - LossOfControl(minus)) / 2e-6, gradient[k], 8);
        }
    }

    [Fact]
    public void the_deep_linear_rotation_path_has_zero_loss_while_the_straight_path_crosses_loss_one()
    {
        var times = Enumerable.Range(0, 51).Select(k => k / 50.0).ToArray();
        Assert.All(times, s => Assert.True(DeepLinear.Loss(DeepLinear.RotationPath(s).A, DeepLinear.RotationPath(s).B) < 1e-15));
        Assert.Equal(1, times.Max(s => DeepLinear.Loss(DeepLinear.StraightPath(2, s).A, DeepLinear.StraightPath(2, s).B)), 15);
        Assert.Equal(0, DeepLinear.Loss([2, 0.5], [0.25, 1]), 15);
    }
}
