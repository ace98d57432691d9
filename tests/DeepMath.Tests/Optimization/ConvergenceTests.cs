using DeepMath.Checks;
using DeepMath.Optimization;

namespace DeepMath.Tests.Optimization;

// The theorems the chapter checks, as tests over several seeds and problems (closed forms are the oracle).
public class ConvergenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void gradient_descent_obeys_the_convex_and_the_strongly_convex_bound_at_every_step(int seed)
    {
        double[] spectrum = [.. Enumerable.Range(0, 20).Select(k => 0.05 + 0.95 * k / 19.0)];
        var q = Quadratic.WithSpectrum(spectrum, seed);
        var x = q.PointWithOffset(Enumerable.Repeat(1.0, 20).ToArray());
        var r0 = q.DistanceToMinimizer(x);
        var gd = new GradientDescent(1 / q.L);
        for (var t = 1; t <= 500; t++)
        {
            gd.Step(x, q.Gradient(x));
            Assert.True(q.Value(x) <= q.L * r0 * r0 / (2 * t), $"t = {t}: convex bound violated");
            Assert.True(q.DistanceToMinimizer(x) <= Math.Pow(1 - q.Mu / q.L, t) * r0 * (1 + 1e-12), $"t = {t}: linear bound violated");
        }
    }

    [Fact]
    public void the_quadratic_has_the_requested_spectrum_and_minimum()
    {
        double[] spectrum = [0.3, 1, 2];
        var q = Quadratic.WithSpectrum(spectrum, seed: 5);
        Assert.Equal(0, q.Value(q.Minimizer), 15);
        for (var k = 0; k < 3; k++)
        {
            var offset = new double[3];
            offset[k] = 1;
            // along eigenvector k: f = λ_k/2 and ∇f = λ_k · (x - x*)
            Assert.Equal(spectrum[k] / 2, q.Value(q.PointWithOffset(offset)), 12);
        }
        Assert.Equal((2.0, 0.3), (q.L, q.Mu));
    }

    [Fact]
    public void adam_goes_to_the_worst_point_of_the_reddi_kale_kumar_problem_and_amsgrad_to_the_best()
    {
        var problem = new OnlineCounterexample(c: 3);
        var adam = new Adam(Schedules.InverseSqrt(0.1), beta1: 0, beta2: problem.Beta2) { Projection = Projections.Box(-1, 1) };
        var ams = new Adam(Schedules.InverseSqrt(0.1), beta1: 0, beta2: problem.Beta2, amsGrad: true) { Projection = Projections.Box(-1, 1) };
        Assert.True(problem.Run(adam, 100_000) >= 0.99);
        Assert.True(problem.Run(ams, 100_000) <= -0.99);
        Assert.True(problem.AverageLoss(-1) < problem.AverageLoss(1));
    }

    [Fact]
    public void with_the_usual_betas_adam_also_solves_the_reddi_kale_kumar_problem()
    {
        // The failure needs β₂ small relative to β₁² (Reddi et al.'s condition); the defaults-like 0.9 / 0.99 converge.
        var problem = new OnlineCounterexample(c: 3);
        var adam = new Adam(Schedules.InverseSqrt(0.1), beta1: 0.9, beta2: 0.99) { Projection = Projections.Box(-1, 1) };
        Assert.True(problem.Run(adam, 100_000) <= -0.99);
    }

    [Theory]
    [InlineData(1e-3, 67)]
    [InlineData(1e-6, 139)]
    [InlineData(1e-9, 212)]
    public void gradient_descent_escapes_the_strict_saddle_in_logarithmic_time(double y0, int expected)
    {
        // Escape times found independently in numpy for the same iteration (paper-experiments.md, O3).
        Assert.Equal(expected, StrictSaddle.EscapeTime(1, y0, 0.1, 0.5, 10_000));
        Assert.InRange(expected - StrictSaddle.PredictedEscapeTime(y0, 0.1, 0.5), 0, 4);
    }

    [Fact]
    public void gradient_descent_started_on_the_stable_manifold_never_escapes()
    {
        Assert.Null(StrictSaddle.EscapeTime(1, 0, 0.1, 0.5, 5_000));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void glmtron_recovers_the_teacher_at_the_predicted_linear_rate(int seed)
    {
        var neuron = ReluNeuron.Sample(n: 400, d: 8, seed);
        var w = new double[8];
        var distances = new List<double> { neuron.DistanceToTeacher(w) };
        for (var t = 0; t < 80; t++)
        {
            w = neuron.GlmtronStep(w, lr: 1);
            distances.Add(neuron.DistanceToTeacher(w));
        }
        Assert.True(distances[^1] < 1e-8, $"final distance {distances[^1]}");
        Assert.True(Rates.LinearRateInWindow(distances, 1e-13, 1e-3) <= neuron.PredictedRate(1) * 1.001, "no faster than the slowest mode allows");
        // n/d = 50: Σ₊ is close to I/2, so the rate is close to the population value 1 - η/2 (Marchenko–Pastur edge).
        Assert.InRange(neuron.PredictedRate(1), 0.5, 0.75);
    }

    [Fact]
    public void once_the_signs_agree_a_glmtron_step_is_the_linear_map_i_minus_eta_sigma_plus()
    {
        // Σ₊ = (1/n) Σ over the teacher's active samples of x xᵀ, built here independently of ReluNeuron.PredictedRate.
        var neuron = ReluNeuron.Sample(n: 300, d: 6, seed: 3);
        var teacher = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(neuron.Teacher);
        var sigma = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(6, 6);
        for (var i = 0; i < 300; i++)
            if (neuron.X.Row(i) * teacher > 0) sigma += neuron.X.Row(i).OuterProduct(neuron.X.Row(i)) / 300;
        var w = new double[6];
        for (var t = 0; t < 30; t++) w = neuron.GlmtronStep(w, lr: 0.8);
        var error = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(w) - teacher;
        var next = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(neuron.GlmtronStep(w, lr: 0.8)) - teacher;
        var predicted = error - 0.8 * (sigma * error);
        Assert.True((next - predicted).L2Norm() <= 1e-10 * error.L2Norm(), $"deviation {(next - predicted).L2Norm()} of {error.L2Norm()}");
    }
}
