using DeepMath.Generalization;

namespace DeepMath.Tests.Generalization;

public class RiskFormulaTests
{
    [Fact]
    public void the_finite_sample_risk_has_the_hand_computed_values()
    {
        // n = 40, D = 400, σ² = 0.25, s = p/D, m = (D − p)/D.
        // p = 20: (0.95 + 0.25)(1 + 20/19) = 1.2·39/19 = 2.463158.
        Assert.Equal(1.2 * 39 / 19, MinimumNormRisk.Expected(40, 20, 0.05, 0.95, 0.25), 12);
        // p = 120: 0.3(1 − 1/3) + (0.7 + 0.25)(1 + 40/79) = 0.2 + 0.95·119/79.
        Assert.Equal(0.2 + 0.95 * 119 / 79, MinimumNormRisk.Expected(40, 120, 0.3, 0.7, 0.25), 12);
        Assert.Equal(double.PositiveInfinity, MinimumNormRisk.Expected(40, 39, 0.1, 0.9, 0.25));
        Assert.Equal(double.PositiveInfinity, MinimumNormRisk.Expected(40, 41, 0.1, 0.9, 0.25));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(5)]
    public void the_finite_sample_risk_tends_to_the_limit_of_hastie_et_al_as_n_grows(double gamma)
    {
        // At n = 10⁶ the finite-n corrections are O(1/n) relative.
        const int n = 1_000_000;
        var exact = MinimumNormRisk.Expected(n, (int)(gamma * n), 1, 0.5, 0.25);
        Assert.Equal(MinimumNormRisk.Limit(gamma, 1, 0.5, 0.25), exact, tolerance: 1e-4 * exact);
    }

    [Fact]
    public void the_limit_has_the_well_specified_values_of_hastie_et_al()
    {
        // Well specified (m = 0), r² = 1, σ² = 0.25: γ = 0.5 gives σ²/(1 − γ) = 0.5, i.e. excess σ²γ/(1 − γ) = 0.25;
        // γ = 2 gives r²(1 − 1/γ) + σ²γ/(γ − 1) = 0.5 + 0.5 = 1, i.e. excess r²(1 − 1/γ) + σ²/(γ − 1) = 0.75.
        Assert.Equal(0.5, MinimumNormRisk.Limit(0.5, 1, 0, 0.25), 14);
        Assert.Equal(1.0, MinimumNormRisk.Limit(2, 1, 0, 0.25), 14);
        // γ → ∞: the estimator shrinks to 0 and the risk tends to the null risk r² + σ².
        Assert.Equal(1.25, MinimumNormRisk.Limit(1e9, 1, 0, 0.25), tolerance: 1e-8);
        Assert.Equal(double.PositiveInfinity, MinimumNormRisk.Limit(1, 1, 0, 0.25));
    }

    [Fact]
    public void a_monte_carlo_estimate_agrees_with_the_finite_sample_formula()
    {
        // 400 repetitions at n = 30, D = 120, σ = 0.5, away from p = n: the risks have finite variance there, and the
        // Monte Carlo mean must lie within 4 of its own standard errors of the formula.
        int[] ps = [6, 15, 60, 120];
        var risks = IsotropicRegression.SimulatedRisks(30, 120, 0.5, ps, 400, seed: 1);
        for (var k = 0; k < ps.Length; k++)
        {
            var mean = risks[k].Average();
            var standardError = Math.Sqrt(risks[k].Sum(r => (r - mean) * (r - mean)) / (risks[k].Length - 1) / risks[k].Length);
            var formula = MinimumNormRisk.Expected(30, ps[k], ps[k] / 120.0, (120.0 - ps[k]) / 120, 0.25);
            Assert.True(Math.Abs(mean - formula) < 4 * standardError, $"p = {ps[k]}: {mean} vs {formula} ± {standardError}");
        }
    }
}
