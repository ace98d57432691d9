using DeepMath.Architectures;
using DeepMath.Foundations;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Foundations;

public class RiskTests
{
    [Fact]
    public void the_three_parts_add_up_to_the_excess_risk_and_have_the_defined_values()
    {
        var d = new RiskDecomposition(BayesRisk: 0.09, BestInClassRisk: 0.1, BestInClassEmpiricalRisk: 0.095,
            EmpiricalRisk: 0.05, Risk: 0.2);

        Assert.Equal(0.05 - 0.095, d.Optimization, 1e-15);
        Assert.Equal((0.2 - 0.05) + (0.095 - 0.1), d.Generalization, 1e-15);
        Assert.Equal(0.1 - 0.09, d.Approximation, 1e-15);
        Assert.Equal(0.2 - 0.09, d.Excess, 1e-15);
        Assert.Equal(d.Excess, d.Sum, 1e-15);
    }

    [Fact]
    public void on_a_finite_class_the_parts_obey_the_papers_bounds_opt_plus_two_gen_plus_approx()
    {
        // Oracle: the thresholds, where ERM, the best hypothesis and sup_F |R − R̂_s| can all be computed exactly.
        var thresholds = new NoisyThresholds(); // Bayes risk = flip probability 0.1; best threshold 0.3 has risk 0.1
        var random = new MersenneTwister(9);
        for (var r = 0; r < 200; r++)
        {
            var (x, y) = thresholds.Sample(50, random);
            var empirical = thresholds.EmpiricalRisks(x, y);
            var risks = Enumerable.Range(0, 100).Select(k => thresholds.Risk(thresholds.Threshold(k))).ToArray();
            var erm = Array.IndexOf(empirical, empirical.Min());
            var trained = (erm + r % 7) % 100; // an imperfect optimizer: a hypothesis near the ERM
            var d = new RiskDecomposition(0.1, risks[30], empirical[30], empirical[trained], risks[trained]);
            var supGap = Enumerable.Range(0, 100).Max(k => Math.Abs(risks[k] - empirical[k]));

            Assert.True(d.Optimization <= empirical[trained] - empirical[erm] + 1e-12);
            Assert.True(d.Generalization <= 2 * supGap + 1e-12);
            Assert.Equal(risks[30] - 0.1, d.Approximation, 1e-12);
            Assert.Equal(d.Excess, d.Sum, 1e-12);
        }
    }

    [Fact]
    public void the_risk_of_the_regression_function_is_the_noise_variance()
    {
        Func<double, double> target = x => Math.Sin(Math.PI * x);

        Assert.Equal(0.09, SquaredRisk.Risk(target, target, 0.3), 1e-15);
    }

    [Fact]
    public void the_risk_of_zero_for_a_sine_target_is_the_noise_plus_the_mean_square_one_half()
    {
        // Closed form: (1/2)∫_{-1}^{1} sin²(πx) dx = 1/2; the midpoint rule is exact for this trigonometric polynomial.
        Assert.Equal(0.09 + 0.5, SquaredRisk.Risk(_ => 0, x => Math.Sin(Math.PI * x), 0.3), 1e-12);
    }

    [Fact]
    public void a_constant_offset_c_adds_c_squared_to_the_risk()
    {
        Func<double, double> target = x => x * x;

        Assert.Equal(0.01 + 0.25, SquaredRisk.Risk(x => target(x) + 0.5, target, 0.1, 0, 2, 100), 1e-14);
    }

    [Fact]
    public void the_risk_matches_a_monte_carlo_estimate_on_noisy_samples()
    {
        // Oracle: the definition R(f) = E[(f(X) − Y)²] estimated from 200 000 noisy draws (standard error ≈ 0.0005).
        Func<double, double> target = x => Math.Sin(Math.PI * x);
        Func<double, double> model = x => 0.8 * x;
        var data = DeepMath.Data.Regression.Sample(target, 200000, 0.3, seed: 3);
        var x = Enumerable.Range(0, data.N).Select(i => data.X[i, 0]).ToArray();

        Assert.Equal(SquaredRisk.Risk(model, target, 0.3), SquaredRisk.Empirical(model, x, data.Y), 0.003);
    }

    [Fact]
    public void the_empirical_risk_is_the_mean_squared_error()
    {
        Assert.Equal((1 + 4 + 0) / 3.0, SquaredRisk.Empirical(x => x, [1, 2, 3], [0, 0, 3]), 1e-15);
    }

    [Fact]
    public void the_knot_fit_reproduces_a_piecewise_linear_function_with_kinks_at_the_knots()
    {
        // |x − 0.5| − 0.3x has its kink at 0.5, a knot of the uniform grid with N = 4 on [-1, 1].
        Func<double, double> f = x => Math.Abs(x - 0.5) - 0.3 * x;
        var network = KnotFit.UniformKnots(f, 4, -1, 1);

        for (var x = -1.0; x <= 1.0; x += 0.01) Assert.Equal(f(x), network.Evaluate(x), 1e-10);
        Assert.Equal([1, 4, 1], network.Widths);
    }

    [Fact]
    public void the_knot_fit_of_a_smooth_function_improves_like_one_over_n_squared()
    {
        // Piecewise-linear L² approximation of a C² function: error ~ h² ~ N^-2, so doubling N divides it by about 4.
        Func<double, double> f = x => Math.Sin(Math.PI * x);
        var errors = new[] { 8, 16, 32 }.Select(n => Math.Sqrt(SquaredRisk.Risk(KnotFit.UniformKnots(f, n, -1, 1).Evaluate, f, 0))).ToArray();

        Assert.InRange(errors[0] / errors[1], 3.5, 4.5);
        Assert.InRange(errors[1] / errors[2], 3.5, 4.5);
    }
}
