using DeepMath.Generalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Generalization;

public class BoundsTests
{
    [Fact]
    public void the_bernoulli_kl_has_its_hand_computed_values()
    {
        // kl(½ ‖ ¼) = ½ ln 2 + ½ ln(2/3); kl(0 ‖ p) = −ln(1 − p); kl(q ‖ q) = 0.
        Assert.Equal(0.5 * Math.Log(2) + 0.5 * Math.Log(2.0 / 3), PacBayes.BernoulliKl(0.5, 0.25), 14);
        Assert.Equal(-Math.Log(0.9), PacBayes.BernoulliKl(0, 0.1), 14);
        Assert.Equal(0, PacBayes.BernoulliKl(0.3, 0.3), 15);
        Assert.Equal(double.PositiveInfinity, PacBayes.BernoulliKl(0.2, 0));
    }

    [Theory]
    [InlineData(0.03, 0.25)]
    [InlineData(0.0, 0.1)]
    [InlineData(0.4, 0.01)]
    public void the_kl_inverse_is_the_largest_p_within_the_budget(double q, double c)
    {
        var p = PacBayes.KlInverseUpper(q, c);
        Assert.True(p >= q);
        Assert.Equal(c, PacBayes.BernoulliKl(q, p), 9);                 // on the boundary kl = c
        Assert.True(PacBayes.BernoulliKl(q, p + 1e-6) > c);              // and nothing larger is allowed
    }

    [Fact]
    public void the_kl_inverse_of_zero_errors_is_one_minus_e_to_the_minus_c_and_never_exceeds_one()
    {
        // kl(0 ‖ p) = −ln(1 − p) = c ⇔ p = 1 − e^(−c).
        Assert.Equal(1 - Math.Exp(-0.2), PacBayes.KlInverseUpper(0, 0.2), 11);
        Assert.Equal(1, PacBayes.KlInverseUpper(1, 0.1));                       // q = 1: nothing above it
        Assert.True(PacBayes.KlInverseUpper(0.5, 10) > 1 - 1e-8);             // kl(½ ‖ p) = 10 at 1 − p ≈ ½e^(−20)
    }

    [Fact]
    public void the_pac_bayes_bound_is_the_kl_inverse_at_the_stated_budget()
    {
        var budget = (300 + Math.Log(2 * Math.Sqrt(1297) / 0.025)) / 1297;
        Assert.Equal(PacBayes.KlInverseUpper(0.03, budget), PacBayes.Bound(0.03, 300, 1297, 0.025), 15);
        Assert.Equal(PacBayes.KlInverseUpper(0.02, Math.Log(2 / 0.01) / 500), PacBayes.SampleConvergence(0.02, 500, 0.01), 15);
        Assert.True(PacBayes.Bound(0.03, 300, 1297, 0.025) < PacBayes.Bound(0.03, 600, 1297, 0.025));
    }

    [Fact]
    public void the_gaussian_kl_matches_a_monte_carlo_average_of_the_log_density_ratio()
    {
        // Oracle: KL(Q ‖ P) = E_Q[ln q(θ) − ln p(θ)], 200 000 draws, standard error ≈ 0.01 here; allow 0.05.
        double[] mean = [0.5, -1, 2], sigma = [0.3, 1.2, 0.7], prior = [0, 0, 1];
        const double lambda = 0.8;
        var rng = new MersenneTwister(7);
        var sum = 0.0;
        const int draws = 200_000;
        for (var k = 0; k < draws; k++)
            for (var i = 0; i < 3; i++)
            {
                var theta = mean[i] + sigma[i] * Normal.Sample(rng, 0, 1);
                sum += Normal.PDFLn(mean[i], sigma[i], theta) - Normal.PDFLn(prior[i], Math.Sqrt(lambda), theta);
            }
        Assert.Equal(sum / draws, PacBayes.GaussianKl(mean, sigma, prior, lambda), tolerance: 0.05);
        Assert.Equal(0, PacBayes.GaussianKl([1.0, 2], [0.5, 0.5], [1.0, 2], 0.25), 14);   // Q = P
    }

    [Fact]
    public void prior_variances_form_a_grid_of_21_powers_of_two_and_round_on_a_log_scale()
    {
        Assert.Equal(21, PacBayes.PriorVariances.Count);
        Assert.Equal(0.25, PacBayes.NearestPriorVariance(0.3), 15);
        Assert.Equal(0.5, PacBayes.NearestPriorVariance(0.4), 15);
        Assert.Equal(16, PacBayes.NearestPriorVariance(1000), 15);
        Assert.Contains(PacBayes.NearestPriorVariance(1e-3), PacBayes.PriorVariances);
    }

    [Fact]
    public void the_vc_gap_has_its_hand_computed_value_and_is_infinite_beyond_n()
    {
        // d = 100, n = 1000, δ = 0.05: √(200 ln(10e)/1000) + √(ln 20/2000).
        var expected = Math.Sqrt(200 * Math.Log(10 * Math.E) / 1000) + Math.Sqrt(Math.Log(20) / 2000);
        Assert.Equal(expected, UniformBounds.VcGap(1000, 100, 0.05), 14);
        Assert.Equal(double.PositiveInfinity, UniformBounds.VcGap(1000, 1001, 0.05));
    }

    [Fact]
    public void the_margin_complexity_is_invariant_under_rescaling_the_layers_of_a_relu_network()
    {
        // ϱ(cz) = cϱ(z) for c > 0: (W1/c, cW2) computes the same f, so the margins and C are unchanged.
        var w1 = new double[,] { { 1, -2 }, { 0.5, 3 } };
        var w2 = new double[,] { { 2, -1 } };
        var c = MarginComplexity.Normalized([w1, w2], inputBound: 2, margin: 0.5, n: 100);
        Assert.Equal(2 * MarginComplexity.Frobenius(w1) * MarginComplexity.Frobenius(w2) / (0.5 * 10), c, 14);
        var (scaled1, scaled2) = ((double[,])w1.Clone(), (double[,])w2.Clone());
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++) scaled1[i, j] /= 4;
            scaled2[0, i] *= 4;
        }
        Assert.Equal(c, MarginComplexity.Normalized([scaled1, scaled2], 2, 0.5, 100), 13);
        Assert.Equal(Math.Sqrt(1 + 4 + 0.25 + 9), MarginComplexity.Frobenius(w1), 14);
        Assert.Equal(2, MarginComplexity.MarginQuantile([5.0, 1, 4, 2, 3], 0.2));
        Assert.Equal(1, MarginComplexity.MarginQuantile([5.0, 1, 4, 2, 3], 0));
    }

    [Fact]
    public void the_stochastic_network_computes_v_relu_wx_and_its_kl_agrees_with_the_closed_form()
    {
        double[] mean = [1, -1, 0.5, 2, /* v */ 1.5, -0.5], prior = [0, 0, 0, 0, 0, 0];
        var posterior = GaussianPosterior.Create(mean, prior, inputDim: 2, width: 2, sigma: 0.1, priorVariance: 0.5);
        var output = posterior.Outputs(mean, new double[,] { { 1, 2 }, { -1, 0.5 } });
        // x1 = (1, 2): Wx = (1 − 2, 0.5 + 4) = (−1, 4.5) → 1.5·0 − 0.5·4.5; x2 = (−1, 0.5): (−1.5, 0.5) → −0.5·0.5.
        Assert.Equal(-2.25, output[0], 14);
        Assert.Equal(-0.25, output[1], 14);
        Assert.Equal(PacBayes.GaussianKl(mean, Enumerable.Repeat(0.1, 6).ToArray(), prior, 0.25), posterior.Kl(0.25), 12);
        Assert.Equal(0.5, posterior.PriorVariance, 12);
    }

    private static (double[,] X, int[] Labels, double[] Start) Blobs(int n, int d, int width, int seed)
    {
        // Two Gaussian blobs in R^d, separated along the first coordinate; a small random start.
        var rng = new MersenneTwister(seed);
        var (x, labels) = (new double[n, d], new int[n]);
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % 2;
            for (var k = 0; k < d; k++) x[i, k] = Normal.Sample(rng, k == 0 ? (i % 2 == 0 ? -1.5 : 1.5) : 0, 1);
        }
        return (x, labels, Enumerable.Range(0, width * d + width).Select(_ => 0.3 * Normal.Sample(rng, 0, 1)).ToArray());
    }

    [Fact]
    public void the_objective_gradient_matches_central_differences()
    {
        // Oracle: central differences (h = 1e-6) of the relaxed bound in every μ_j, every ln σ_j and ln λ at a fixed
        // noise ε. The objective is smooth away from pre-activations equal to 0, which random data avoid.
        var (x, labels, start) = Blobs(30, 3, 2, seed: 4);
        var rng = new MersenneTwister(5);
        var noise = Enumerable.Range(0, start.Length).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        var prior = start.Select(v => v + 0.1).ToArray();
        double Objective(double[] mean, int sigmaIndex, double sigmaShift, double priorVariance)
        {
            var posterior = GaussianPosterior.Create(mean, prior, 3, 2, sigma: 0.2, priorVariance);
            if (sigmaIndex >= 0) posterior.LogSigma[sigmaIndex] += sigmaShift;
            return posterior.ObjectiveAndGradient(posterior.Rows(x), labels, noise, 0.025).Value;
        }
        var reference = GaussianPosterior.Create(start, prior, 3, 2, sigma: 0.2, priorVariance: 0.3);
        var (_, gradient) = reference.ObjectiveAndGradient(reference.Rows(x), labels, noise, 0.025);
        const double h = 1e-6;
        var p = start.Length;
        for (var j = 0; j < p; j++)
        {
            var (plus, minus) = ((double[])start.Clone(), (double[])start.Clone());
            plus[j] += h;
            minus[j] -= h;
            Assert.Equal((Objective(plus, -1, 0, 0.3) - Objective(minus, -1, 0, 0.3)) / (2 * h), gradient[j], tolerance: 1e-7);
            Assert.Equal((Objective(start, j, h, 0.3) - Objective(start, j, -h, 0.3)) / (2 * h), gradient[p + j], tolerance: 1e-7);
        }
        Assert.Equal((Objective(start, -1, 0, 0.3 * Math.Exp(h)) - Objective(start, -1, 0, 0.3 * Math.Exp(-h))) / (2 * h), gradient[2 * p], tolerance: 1e-7);
    }

    [Fact]
    public void optimizing_the_bound_lowers_the_objective_on_a_separable_problem()
    {
        // 200 points of two Gaussian blobs in R^5; starting from a poor μ the relaxed bound must fall by a third.
        var (x, labels, start) = Blobs(200, 5, 4, seed: 3);
        var posterior = GaussianPosterior.Create(start, start, 5, 4, sigma: 0.05, priorVariance: 0.1);
        var objective = posterior.Optimize(x, labels, steps: 600, lr: 0.02, delta: 0.025, seed: 0);
        Assert.True(objective.TakeLast(50).Average() < 0.67 * objective.Take(50).Average(),
            $"from {objective.Take(50).Average()} to {objective.TakeLast(50).Average()}");
        var errors = posterior.SampledErrors(50, 1, (x, labels));
        Assert.True(errors[0].Average() < 0.2, $"mean error {errors[0].Average()}");
    }

    [Fact]
    public void sampled_errors_of_a_nearly_deterministic_posterior_equal_the_error_of_its_mean()
    {
        // σ = 1e-9: every draw is μ up to 1e-9, far below the margins here, so each draw must reproduce the 0-1 error
        // of the mean network computed directly, on both data sets.
        var (x, labels, mean) = Blobs(40, 4, 3, seed: 9);
        var (x2, labels2, _) = Blobs(30, 4, 3, seed: 10);
        var posterior = GaussianPosterior.Create(mean, new double[mean.Length], inputDim: 4, width: 3, sigma: 1e-9, priorVariance: 1);
        var errors = posterior.SampledErrors(25, seed: 3, (x, labels), (x2, labels2));
        foreach (var (set, (inputs, truth)) in new[] { (0, (x, labels)), (1, (x2, labels2)) })
        {
            var expected = posterior.Outputs(mean, inputs).Zip(truth, (o, l) => (o > 0 ? 1 : 0) != l ? 1.0 : 0.0).Average();
            Assert.Equal(25, errors[set].Length);
            Assert.All(errors[set], e => Assert.Equal(expected, e, 14));
        }
    }
}
