using DeepMath.Checks;

namespace DeepMath.Tests.Checks;

public class RatesTests
{
    [Fact]
    public void the_log_log_slope_of_an_exact_power_law_is_its_exponent()
    {
        double[] x = [10, 100, 1000, 10_000];
        Assert.Equal(-0.5, Rates.LogLogSlope(x, x.Select(v => 3 * Math.Pow(v, -0.5)).ToArray()), 12);
    }

    [Fact]
    public void the_linear_rate_of_a_geometric_sequence_is_its_ratio()
    {
        var y = Enumerable.Range(0, 100).Select(t => 5 * Math.Pow(0.9, t)).ToArray();
        Assert.Equal(0.9, Rates.LinearRate(Enumerable.Range(0, 100).Select(t => (double)t).ToArray(), y), 12);
    }

    [Fact]
    public void the_windowed_rate_ignores_the_transient_and_the_round_off_floor()
    {
        // A fast transient 0.1ᵗ, then 0.8ᵗ, then a floor at 1e-30: only the window [1e-20, 1e-3] sees 0.8ᵗ alone.
        var y = Enumerable.Range(0, 400).Select(t => Math.Max(Math.Pow(0.1, t) + 1e-2 * Math.Pow(0.8, t), 1e-30)).ToArray();
        Assert.Equal(0.8, Rates.LinearRateInWindow(y, 1e-20, 1e-3), 6);
        Assert.Throws<ArgumentException>(() => Rates.LinearRateInWindow(y, 1e-40, 1e-35));
    }
}
