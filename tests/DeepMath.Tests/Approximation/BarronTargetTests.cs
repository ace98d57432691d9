using DeepMath.Approximation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Approximation;

public class BarronTargetTests
{
    [Fact]
    public void at_the_origin_the_target_is_the_mean_of_a_relu_of_a_standard_normal()
    {
        // Closed form: ⟨w, 0⟩ + b = b ~ N(0, 1): E ϱ(b) = 1/√(2π), E ϱ(b)² = ½.
        foreach (var d in new[] { 1, 8, 32 })
        {
            var target = new BarronTarget(d);
            var origin = new double[d];
            Assert.Equal(1 / Math.Sqrt(2 * Math.PI), target.Value(origin), 1e-15);
            Assert.Equal(0.5 - 1 / (2 * Math.PI), target.NeuronVariance(origin), 1e-15);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void value_and_variance_agree_with_a_monte_carlo_over_neurons(int d)
    {
        // Oracle: 400 000 neurons drawn directly from the law; tolerance 5 standard errors.
        var target = new BarronTarget(d);
        var rng = new MersenneTwister(d);
        var x = Enumerable.Range(0, d).Select(_ => 2 * rng.NextDouble() - 1).ToArray();
        const int samples = 400_000;
        var g = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var z = Normal.Sample(rng, 0, 1);
            for (var j = 0; j < d; j++) z += (1 + Normal.Sample(rng, 0, 1)) / Math.Sqrt(d) * x[j];
            g[i] = Math.Max(z, 0);
        }
        var mean = g.Average();
        var variance = g.Average(v => (v - mean) * (v - mean));
        var fourth = g.Average(v => Math.Pow(v - mean, 4));
        Assert.Equal(target.Value(x), mean, 5 * Math.Sqrt(variance / samples));
        Assert.Equal(target.NeuronVariance(x), variance, 5 * Math.Sqrt((fourth - variance * variance) / samples));
    }

    [Fact]
    public void a_sampled_network_keeps_its_first_neurons_when_it_grows()
    {
        var target = new BarronTarget(3);
        var small = target.SampleNetwork(5, seed: 4);
        var large = target.SampleNetwork(50, seed: 4);

        var (w5, w50) = (small.Weight(1), large.Weight(1));
        for (var i = 0; i < 5; i++)
            for (var j = 0; j < 3; j++) Assert.Equal(w5[i, j], w50[i, j]);
        Assert.Equal(small.Bias(1), large.Bias(1).Take(5));
        Assert.Equal(1.0 / 50, large.Weight(2)[0, 17]);
    }

    [Fact]
    public void the_error_sweep_equals_the_error_of_the_sampled_networks()
    {
        var target = new BarronTarget(4);
        var x = Points(200, 4, seed: 1);
        int[] widths = [3, 10, 40];

        var errors = Maurey.SquaredErrors(target, widths, x, repetitions: 2, seed: 7);

        for (var r = 0; r < 2; r++)
            for (var k = 0; k < widths.Length; k++)
            {
                var net = target.SampleNetwork(widths[k], 7 + r);
                var direct = Enumerable.Range(0, 200).Average(t =>
                {
                    var p = Row(x, t);
                    return Math.Pow(net.Evaluate(p)[0] - target.Value(p), 2);
                });
                Assert.Equal(direct, errors[r][k], 1e-12 * direct);
            }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    public void n_times_the_mean_squared_error_estimates_maureys_constant(int d)
    {
        // Theory: E[n‖f_n − f‖²] = C² exactly on the test points. 200 repetitions × 3 widths: the mean of n·error/C² has
        // a standard error of a few per cent (the error is roughly C²/n times a chi-square with few degrees of freedom).
        var target = new BarronTarget(d);
        var x = Points(100, d, seed: 2);
        int[] widths = [20, 100, 400];
        var c2 = Maurey.Constant(target, x);

        var errors = Maurey.SquaredErrors(target, widths, x, repetitions: 200, seed: 0);
        var ratio = errors.SelectMany(row => row.Select((e, k) => widths[k] * e / c2)).Average();

        Assert.InRange(ratio, 0.85, 1.15);
        Assert.InRange(c2, 0.3, 0.7);
    }

    internal static double[,] Points(int count, int d, int seed)
    {
        var rng = new MersenneTwister(seed);
        var x = new double[count, d];
        for (var t = 0; t < count; t++)
            for (var j = 0; j < d; j++) x[t, j] = 2 * rng.NextDouble() - 1;
        return x;
    }

    internal static double[] Row(double[,] x, int t) => Enumerable.Range(0, x.GetLength(1)).Select(j => x[t, j]).ToArray();
}
