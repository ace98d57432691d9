using DeepMath.Foundations;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Foundations;

public class FiniteClassBoundTests
{
    [Fact]
    public void the_bound_for_100_thresholds_200_samples_and_delta_5_percent_is_0_144()
    {
        // By hand: ln(2·100/0.05) = ln 4000 = 8.29405; / 400 = 0.0207351; square root 0.143997.
        Assert.Equal(0.143997, FiniteClassBound.Uniform(100, 200, 0.05), 6);
    }

    [Fact]
    public void the_log_form_agrees_and_the_quantized_network_class_has_32_p_ln_2()
    {
        Assert.Equal(FiniteClassBound.Uniform(1e6, 1000, 0.01), FiniteClassBound.UniformFromLog(Math.Log(1e6), 1000, 0.01), 1e-15);
        Assert.Equal(38410 * 32 * Math.Log(2), FiniteClassBound.LogSizeOfQuantizedNetworks(38410), 1e-9);
        Assert.True(FiniteClassBound.UniformFromLog(FiniteClassBound.LogSizeOfQuantizedNetworks(38410), 500, 0.05) > 1);
    }

    [Fact]
    public void invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiniteClassBound.Uniform(100, 0, 0.05));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiniteClassBound.Uniform(100, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiniteClassBound.Uniform(0.5, 10, 0.1));
    }

    [Fact]
    public void the_risk_formula_matches_a_monte_carlo_estimate()
    {
        // Oracle: the empirical risks on one large sample (n = 400 000, standard error ≤ 0.0008) are the risks.
        var thresholds = new NoisyThresholds();
        var (x, y) = thresholds.Sample(400000, new MersenneTwister(11));
        var empirical = thresholds.EmpiricalRisks(x, y);

        for (var k = 0; k < 100; k += 7) Assert.Equal(thresholds.Risk(thresholds.Threshold(k)), empirical[k], 0.004);
    }

    [Fact]
    public void the_sweep_over_the_sorted_sample_counts_the_same_errors_as_a_brute_force_loop()
    {
        var thresholds = new NoisyThresholds(ClassSize: 37, Cut: 0.6, FlipProbability: 0.2);
        var (x, y) = thresholds.Sample(301, new MersenneTwister(5));
        x[3] = thresholds.Threshold(10); // a point exactly on a threshold: h says 1 there

        var fast = thresholds.EmpiricalRisks(x, y);

        for (var k = 0; k < 37; k++)
        {
            var errors = Enumerable.Range(0, x.Length).Count(i => (x[i] >= thresholds.Threshold(k)) != y[i]);
            Assert.Equal(errors / 301.0, fast[k], 1e-15);
        }
    }

    [Fact]
    public void hoeffding_plus_union_holds_in_at_least_a_one_minus_delta_fraction_of_resamples()
    {
        var thresholds = new NoisyThresholds();
        var gaps = thresholds.WorstCaseGaps(200, 2000, seed: 0);
        var bound = FiniteClassBound.Uniform(100, 200, 0.05);

        Assert.True(gaps.Count(g => g > bound) <= 0.05 * gaps.Length);
        Assert.InRange(gaps.Order().ElementAt(1000), 0.04, 0.08); // the median worst-case gap, ≈ 0.058 in numpy
    }

    [Fact]
    public void hoeffding_for_a_single_hypothesis_is_not_violated_more_often_than_it_allows()
    {
        // |H| = 1 (threshold 0: always predict 1, risk 0.1 + 0.8·0.3 = 0.34): P(|R̂ − R| > ε) ≤ 2e^{-2nε²}.
        var one = new NoisyThresholds(ClassSize: 1);
        var random = new MersenneTwister(2);
        const int n = 100, resamples = 4000;
        const double epsilon = 0.1;
        var exceed = 0;
        for (var r = 0; r < resamples; r++)
        {
            var (x, y) = one.Sample(n, random);
            if (one.WorstCaseGap(x, y) > epsilon) exceed++;
        }

        Assert.True(exceed / (double)resamples <= 2 * Math.Exp(-2 * n * epsilon * epsilon)); // ≤ 0.271
    }
}
