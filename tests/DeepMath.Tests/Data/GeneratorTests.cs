using CsCheck;
using DeepMath.Data;

namespace DeepMath.Tests.Data;

public class GeneratorTests
{
    // Every generator, as a function of the seed, flattened to numbers we can compare.
    public static TheoryData<string> Generators => new() { "sine", "cube", "spirals", "mixture", "teacher", "teacher-labels" };

    private static double[] Draw(string generator, int seed) => generator switch
    {
        "sine" => Flatten(Regression.Sample(Targets.Sine(), 50, 0.1, seed)),
        "cube" => Flatten(Regression.Sample(Targets.SineOfSum(), 30, 3, 0.1, seed, InputDistribution.Gaussian)),
        "spirals" => Flatten(Spirals.Generate(25, 0.05, seed)),
        "mixture" => Flatten(GaussianMixture.Generate(3, 4, 10, 2, 0.5, seed)),
        "teacher" => Flatten(TeacherNetwork.Create([3, 8, 1], seed).Regression(20, 0.0, seed)),
        "teacher-labels" => Flatten(TeacherNetwork.Create([3, 8, 4], seed).Classification(20, seed)),
        _ => throw new ArgumentOutOfRangeException(nameof(generator)),
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void generators_repeat_exactly_for_the_same_seed_and_differ_for_another(string generator)
    {
        Gen.Int[0, 100_000].Sample(seed =>
        {
            Assert.Equal(Draw(generator, seed), Draw(generator, seed));
            Assert.NotEqual(Draw(generator, seed), Draw(generator, seed + 1));
        }, iter: 20);
    }

    [Fact]
    public void noiseless_1d_regression_samples_the_target_inside_the_interval()
    {
        var data = Regression.Sample(Targets.SqrtAbs(), 500, noise: 0, seed: 3, lo: -2, hi: 1);

        Assert.Equal((500, 1), (data.N, data.D));
        for (var i = 0; i < data.N; i++)
        {
            Assert.InRange(data.X[i, 0], -2, 1);
            Assert.Equal(Math.Sqrt(Math.Abs(data.X[i, 0])), data.Y[i]);
        }
    }

    [Fact]
    public void regression_noise_has_the_requested_standard_deviation_within_three_percent()
    {
        // n = 20000 residuals: the sample std of N(0, 0.3^2) has relative error ~ 1/sqrt(2n) = 0.5 %, so 3 % is 6 sigma.
        var data = Regression.Sample(Targets.Abs(), 20_000, noise: 0.3, seed: 4);
        var residuals = Enumerable.Range(0, data.N).Select(i => data.Y[i] - Math.Abs(data.X[i, 0])).ToArray();

        Assert.Equal(0.3, MathNet.Numerics.Statistics.Statistics.StandardDeviation(residuals), 0.3 * 0.03);
    }

    [Fact]
    public void the_grid_includes_both_ends_and_is_evenly_spaced()
    {
        var grid = Regression.Grid(Targets.Sine(), 5, 0, 1);

        Assert.Equal(new[] { 0, 0.25, 0.5, 0.75, 1.0 }, Enumerable.Range(0, 5).Select(i => grid.X[i, 0]));
        Assert.Equal(1.0, grid.Y[1], 1e-15); // sin(2π/4)
    }

    [Fact]
    public void d_dimensional_uniform_inputs_lie_in_the_cube()
    {
        var data = Regression.Sample(Targets.Radial(5), 200, 6, noise: 0, seed: 1);

        Assert.Equal((200, 6), (data.N, data.D));
        Assert.All(data.X.Cast<double>(), v => Assert.InRange(v, -1, 1));
        Assert.Equal(Math.Sin(5 * Math.Sqrt(data.Row(7).Sum(v => v * v))), data.Y[7]);
    }

    [Fact]
    public void noiseless_spirals_lie_on_their_curves_with_two_balanced_classes()
    {
        var data = Spirals.Generate(200, noise: 0, seed: 0, turns: 1.5);

        Assert.Equal((400, 2, 2), (data.N, data.D, data.Classes));
        Assert.Equal(new[] { 200, 200 }, data.ClassCounts());
        for (var i = 0; i < data.N; i++)
        {
            // Invert r = 0.1 + 0.9 t, then the point must sit at angle θ = 2π·1.5·t + π·c.
            var r = Math.Sqrt(data.X[i, 0] * data.X[i, 0] + data.X[i, 1] * data.X[i, 1]);
            var theta = 2 * Math.PI * 1.5 * (r - 0.1) / 0.9 + Math.PI * data.Labels[i];
            Assert.InRange(r, 0.1 - 1e-12, 1 + 1e-12);
            Assert.Equal(r * Math.Cos(theta), data.X[i, 0], 1e-9);
            Assert.Equal(r * Math.Sin(theta), data.X[i, 1], 1e-9);
        }
    }

    [Fact]
    public void gaussian_mixture_clusters_centre_on_their_seeded_means()
    {
        var data = GaussianMixture.Generate(classes: 3, d: 2, nPerClass: 2000, separation: 2, std: 0.5, seed: 5);
        var centres = GaussianMixture.Centres(3, 2, 2, seed: 5);

        Assert.Equal(new[] { 2000, 2000, 2000 }, data.ClassCounts());
        for (var c = 0; c < 3; c++)
            for (var j = 0; j < 2; j++)
            {
                var mean = Enumerable.Range(0, data.N).Where(i => data.Labels[i] == c).Average(i => data.X[i, j]);
                Assert.Equal(centres[c, j], mean, 5 * 0.5 / Math.Sqrt(2000)); // 5 standard errors
            }
    }

    [Fact]
    public void a_teacher_without_biases_is_positively_homogeneous()
    {
        // ReLU nets with zero biases satisfy Φ(αx) = αΦ(x) for α > 0: an oracle independent of the implementation.
        var teacher = TeacherNetwork.Create([4, 16, 16, 2], seed: 2, biasStd: 0);
        double[] x = [0.3, -1.2, 0.7, 2.0];

        var scaled = teacher.Evaluate(x.Select(v => 2.5 * v).ToArray());
        var expected = teacher.Evaluate(x).Select(v => 2.5 * v).ToArray();

        Assert.Equal(expected[0], scaled[0], 1e-12);
        Assert.Equal(expected[1], scaled[1], 1e-12);
    }

    [Fact]
    public void a_teacher_labels_by_its_largest_output_and_regresses_on_its_first()
    {
        var teacher = TeacherNetwork.Create([3, 10, 4], seed: 7);
        var labelled = teacher.Classification(50, seed: 1);
        var regression = TeacherNetwork.Create([3, 10, 1], seed: 7).Regression(50, noise: 0, seed: 1);

        Assert.Equal(4, labelled.Classes);
        for (var i = 0; i < labelled.N; i++)
        {
            var output = teacher.Evaluate(labelled.Row(i));
            Assert.Equal(output.Max(), output[labelled.Labels[i]]);
        }
        Assert.Equal(regression.Y[3], TeacherNetwork.Create([3, 10, 1], seed: 7).Evaluate(regression.Row(3))[0]);
        Assert.Equal([(10, 3), (4, 10)], teacher.Weights.Select(w => (w.RowCount, w.ColumnCount)));
    }

    [Fact]
    public void a_split_is_disjoint_covers_every_sample_and_repeats_per_seed()
    {
        var data = Spirals.Generate(50, 0.1, seed: 0);
        var (train, test) = data.Split(0.25, seed: 3);
        var again = data.Split(0.25, seed: 3);

        Assert.Equal((75, 25), (train.N, test.N));
        var all = Enumerable.Range(0, train.N).Select(train.Row).Concat(Enumerable.Range(0, test.N).Select(test.Row))
            .Select(r => (r[0], r[1])).ToHashSet();
        Assert.Equal(100, all.Count);
        Assert.Equal(Flatten(train), Flatten(again.Train));
    }

    private static double[] Flatten(Dataset d) => d.X.Cast<double>().Concat(d.Y).ToArray();

    private static double[] Flatten(LabelledDataset d) => d.X.Cast<double>().Concat(d.Labels.Select(l => (double)l)).ToArray();
}
