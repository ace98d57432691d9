using DeepMath.Optimization;

namespace DeepMath.Tests.Optimization;

// Steps computed by hand (the numbers below were worked out on paper and checked with a calculator), one method each.
public class OptimizerTests
{
    [Fact]
    public void gradient_descent_moves_by_the_step_times_the_gradient()
    {
        double[] x = [1, -2];
        new GradientDescent(lr: 0.1).Step(x, [2, -4]);
        Assert.Equal(0.8, x[0], 15);
        Assert.Equal(-1.6, x[1], 15);
    }

    [Fact]
    public void heavy_ball_momentum_accumulates_the_gradients_like_torch_sgd()
    {
        // b1 = g = 2, x = 1 - 0.1·2 = 0.8; b2 = 0.5·2 + 2 = 3, x = 0.8 - 0.3 = 0.5.
        double[] x = [1];
        var sgd = new GradientDescent(lr: 0.1, momentum: 0.5);
        sgd.Step(x, [2]);
        Assert.Equal(0.8, x[0], 15);
        sgd.Step(x, [2]);
        Assert.Equal(0.5, x[0], 15);
    }

    [Fact]
    public void rmsprop_divides_by_the_running_root_mean_square()
    {
        // v = 0.1·9 = 0.9, x = 1 - 0.01·3/√0.9; v = 0.81 + 0.1 = 0.91, x -= 0.01·1/√0.91.
        double[] x = [1];
        var rms = new RmsProp(lr: 0.01, alpha: 0.9);
        rms.Step(x, [3]);
        Assert.Equal(0.9683772237316496, x[0], 12);
        rms.Step(x, [1]);
        Assert.Equal(0.9578943754743205, x[0], 12);
    }

    [Fact]
    public void adam_bias_correction_makes_the_first_step_the_learning_rate()
    {
        // m̂ = g and v̂ = g² at t = 1, so the step is η·g/(|g| + ε) ≈ η; the second step: m̂ = 0.08/0.19, v̂ = 0.004996/0.001999.
        double[] x = [1];
        var adam = new Adam(lr: 0.1);
        adam.Step(x, [2]);
        Assert.Equal(0.9000000005, x[0], 12);
        adam.Step(x, [-1]);
        Assert.Equal(0.8733662967024315, x[0], 12);
    }

    [Fact]
    public void amsgrad_keeps_the_largest_second_moment()
    {
        // β₁ = 0, β₂ = 0.5: v = 2, 1.125, 0.6875 but AMSGrad divides by √(max v / (1 - β₂ᵗ)) = √(2/0.75), √(2/0.875).
        double[] x = [0];
        var ams = new Adam(lr: 0.1, beta1: 0, beta2: 0.5, amsGrad: true);
        ams.Step(x, [2]);
        Assert.Equal(-0.0999999995, x[0], 12);
        ams.Step(x, [0.5]);
        Assert.Equal(-0.13061862109728972, x[0], 12);
        ams.Step(x, [0.5]);
        Assert.Equal(-0.1636905122668471, x[0], 12);
    }

    [Fact]
    public void the_schedule_sets_the_step_of_each_iteration_and_the_projection_clamps_it()
    {
        double[] x = [0.95];
        var gd = new GradientDescent(Schedules.InverseSqrt(0.4)) { Projection = Projections.Box(-1, 1) };
        gd.Step(x, [-1]);      // η₁ = 0.4: 1.35 is clamped to 1
        Assert.Equal(1, x[0]);
        gd.Step(x, [1]);       // η₂ = 0.4/√2
        Assert.Equal(1 - 0.4 / Math.Sqrt(2), x[0], 15);
        Assert.Equal(2, gd.Steps);
    }

    [Fact]
    public void a_gradient_of_the_wrong_length_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Adam(0.1).Step([1, 2], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(0.1, beta1: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradientDescent(0.1, momentum: -0.1));
    }
}
