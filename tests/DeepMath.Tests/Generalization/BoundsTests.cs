using DeepMath.Generalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using TorchSharp;
using static TorchSharp.torch;

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
        using var posterior = GaussianPosterior.Create(mean, prior, inputDim: 2, width: 2, sigma: 0.1, priorVariance: 0.5);
        using var scope = torch.NewDisposeScope();
        var x = torch.tensor(new double[] { 1, 2, -1, 0.5 }, [2, 2], ScalarType.Float64);
        var output = DeepMath.Training.Tensors.ToArray(posterior.Forward(torch.tensor(mean, ScalarType.Float64), x));
        // x1 = (1, 2): Wx = (1 − 2, 0.5 + 4) = (−1, 4.5) → 1.5·0 − 0.5·4.5; x2 = (−1, 0.5): (−1.5, 0.5) → −0.5·0.5.
        Assert.Equal(-2.25, output[0], 14);
        Assert.Equal(-0.25, output[1], 14);
        Assert.Equal(PacBayes.GaussianKl(mean, Enumerable.Repeat(0.1, 6).ToArray(), prior, 0.25), posterior.Kl(0.25), 10);
        Assert.Equal(0.5, posterior.PriorVariance, 12);
    }

    [Fact]
    public void optimizing_the_bound_lowers_the_objective_on_a_separable_problem()
    {
        // 200 points of two Gaussian blobs in R^5; starting from a poor μ the relaxed bound must fall by a third.
        var rng = new MersenneTwister(3);
        var (x, labels) = (new double[200 * 5], new double[200]);
        for (var i = 0; i < 200; i++)
        {
            labels[i] = i % 2;
            for (var k = 0; k < 5; k++) x[i * 5 + k] = Normal.Sample(rng, k == 0 ? (i % 2 == 0 ? -1.5 : 1.5) : 0, 1);
        }
        var start = Enumerable.Range(0, 4 * 5 + 4).Select(_ => 0.1 * Normal.Sample(rng, 0, 1)).ToArray();
        using var posterior = GaussianPosterior.Create(start, start, 5, 4, sigma: 0.05, priorVariance: 0.1);
        using var scope = torch.NewDisposeScope();
        var objective = posterior.Optimize(torch.tensor(x, [200, 5], ScalarType.Float64), torch.tensor(labels, ScalarType.Float64),
            steps: 600, lr: 0.02, delta: 0.025, seed: 0);
        Assert.True(objective.TakeLast(50).Average() < 0.67 * objective.Take(50).Average(),
            $"from {objective.Take(50).Average()} to {objective.TakeLast(50).Average()}");
        var errors = posterior.SampledErrors(50, 1, (torch.tensor(x, [200, 5], ScalarType.Float64), torch.tensor(labels, ScalarType.Float64)));
        Assert.True(errors[0].Average() < 0.2, $"mean error {errors[0].Average()}");
    }

    [Fact]
    public void sampled_errors_of_a_nearly_deterministic_posterior_equal_the_error_of_its_mean()
    {
        // σ = 1e-9: every draw is μ up to 1e-9, far below the margins here, so each batched draw must reproduce
        // the 0-1 error of Forward(μ) computed directly (two data sets, 250 draws: three batches, one partial).
        var rng = new MersenneTwister(9);
        var mean = Enumerable.Range(0, 3 * 4 + 3).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        using var posterior = GaussianPosterior.Create(mean, new double[mean.Length], inputDim: 4, width: 3, sigma: 1e-9, priorVariance: 1);
        using var scope = torch.NewDisposeScope();
        var sets = Enumerable.Range(0, 2).Select(s =>
        {
            var x = torch.tensor(Enumerable.Range(0, 40 * 4).Select(_ => Normal.Sample(rng, 0, 1)).ToArray(), [40, 4], ScalarType.Float64);
            var labels = torch.tensor(Enumerable.Range(0, 40).Select(i => (double)(i % 2)).ToArray(), ScalarType.Float64);
            return (x, labels);
        }).ToArray();
        var errors = posterior.SampledErrors(250, seed: 3, sets);
        for (var s = 0; s < 2; s++)
        {
            var outputs = DeepMath.Training.Tensors.ToArray(posterior.Forward(torch.tensor(mean, ScalarType.Float64), sets[s].x));
            var labels = DeepMath.Training.Tensors.ToArray(sets[s].labels);
            var expected = outputs.Zip(labels, (o, l) => (o > 0 ? 1.0 : 0.0) != l ? 1.0 : 0.0).Average();
            Assert.Equal(250, errors[s].Length);
            Assert.All(errors[s], e => Assert.Equal(expected, e, 14));
        }
    }
}
