using System.Numerics;
using DeepMath.Features;

namespace DeepMath.Tests.Features;

public class ScatteringTests
{
    public static TheoryData<string> Banks => new() { "1d J5 Q1", "1d J4 Q4", "1d J6 Q8 global", "2d 8 J2 L8", "2d 16 J3 L4 global" };

    private static FilterBank Bank(string name) => name switch
    {
        "1d J5 Q1" => FilterBank.Morlet1D(256, 5, 1),
        "1d J4 Q4" => FilterBank.Morlet1D(128, 4, 4),
        "1d J6 Q8 global" => FilterBank.Morlet1D(256, 6, 8, globalAveraging: true),
        "2d 8 J2 L8" => FilterBank.Morlet2D(8, 2, 8),
        "2d 16 J3 L4 global" => FilterBank.Morlet2D(16, 3, 4, globalAveraging: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static double[] RandomSignal(Random rng, int n) => Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 2 - 1).ToArray();

    [Theory]
    [MemberData(nameof(Banks))]
    public void the_littlewood_paley_sum_stays_at_most_one_and_touches_it(string name)
    {
        var lp = Bank(name).LittlewoodPaley();

        Assert.True(lp.Max() <= 1 + 1e-12, $"max A = {lp.Max()}");
        Assert.True(lp.Max() >= 1 - 1e-9, $"the normalisation is tight: max A = {lp.Max()}");
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void wavelets_have_zero_mean_and_the_low_pass_keeps_the_mean(string name)
    {
        var bank = Bank(name);

        Assert.All(bank.Psi, psi => Assert.Equal(0, psi[0], 1e-12));
        Assert.Equal(1, bank.Phi[0], 12);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(1, 101)]
    [InlineData(2, 5)]
    public void global_averaging_is_exactly_invariant_to_circular_shifts(int dims, int shift)
    {
        var rng = new Random(shift);
        var bank = dims == 1 ? FilterBank.Morlet1D(128, 5, 2, globalAveraging: true) : FilterBank.Morlet2D(8, 2, 8, globalAveraging: true);
        var x = RandomSignal(rng, bank.Shape.Size);
        var moved = dims == 1 ? Signals.CircularShift(x, shift)
            : Rows(Signals.ShiftImages(Matrix(x), 8, shift, shift - 2));

        var s = Scattering.Transform(bank, x);

        Assert.True(Scattering.Transform(bank, moved).Distance(s) <= 1e-12 * s.Norm());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void scattering_is_a_contraction_over_many_random_pairs(int dims)
    {
        var rng = new Random(7);
        var bank = dims == 1 ? FilterBank.Morlet1D(64, 4, 2) : FilterBank.Morlet2D(8, 2, 4);
        var worst = 0.0;
        for (var pair = 0; pair < 300; pair++)
        {
            var (x, y) = (RandomSignal(rng, bank.Shape.Size), RandomSignal(rng, bank.Shape.Size));
            if (pair % 3 == 0) y = x.Select(v => v + 0.01 * (rng.NextDouble() - 0.5)).ToArray(); // close pairs too
            var distance = Math.Sqrt(x.Zip(y, (a, b) => (a - b) * (a - b)).Sum());
            worst = Math.Max(worst, Scattering.Transform(bank, x).Distance(Scattering.Transform(bank, y)) / distance);
        }

        Assert.True(worst <= 1 + 1e-12, $"max ‖Sx − Sy‖/‖x − y‖ = {worst}");
    }

    [Fact]
    public void first_order_coefficients_match_a_brute_force_circular_convolution()
    {
        // Oracle: ψ in space by a direct inverse DFT sum, then (x ⊛ ψ)(u) = Σ_v x(v) ψ(u − v) and the same for φ.
        const int n = 32;
        var bank = FilterBank.Morlet1D(n, 3, 1);
        var x = RandomSignal(new Random(3), n);
        var s = Scattering.Transform(bank, x, order: 1);

        var phi = Spatial(bank.Phi);
        for (var l = 0; l < bank.Count; l++)
        {
            var psi = Spatial(bank.Psi[l]);
            var u1 = Enumerable.Range(0, n).Select(u => Enumerable.Range(0, n).Aggregate(Complex.Zero, (acc, v) => acc + x[v] * psi[(u - v + n) % n]).Magnitude).ToArray();
            var expected = Enumerable.Range(0, n).Select(u => Enumerable.Range(0, n).Aggregate(Complex.Zero, (acc, v) => acc + u1[v] * phi[(u - v + n) % n]).Real).ToArray();
            Assert.Equal([l], s.Paths[l + 1]);
            for (var u = 0; u < n; u++) Assert.Equal(expected[u], s.Outputs[l + 1][u], 1e-12);
        }
    }

    [Fact]
    public void second_order_paths_go_from_high_to_low_frequency_only()
    {
        var bank = FilterBank.Morlet1D(64, 4, 1);

        var s = Scattering.Transform(bank, RandomSignal(new Random(1), 64));

        var second = s.Paths.Where(p => p.Length == 2).ToArray();
        Assert.Equal(6, second.Length); // 4 wavelets: pairs j₁ < j₂
        Assert.All(second, p => Assert.True(bank.CenterFrequencies[p[1]] < bank.CenterFrequencies[p[0]]));
        Assert.Equal(1 + 4 + 6, s.ToFeatures(64).Length);
    }

    private static Complex[] Spatial(double[] hat)
    {
        var n = hat.Length;
        return Enumerable.Range(0, n).Select(u => Enumerable.Range(0, n)
            .Aggregate(Complex.Zero, (acc, k) => acc + hat[k] * Complex.Exp(new Complex(0, 2 * Math.PI * k * u / n))) / n).ToArray();
    }

    private static double[,] Matrix(double[] x)
    {
        var m = new double[1, x.Length];
        for (var i = 0; i < x.Length; i++) m[0, i] = x[i];
        return m;
    }

    private static double[] Rows(double[,] m) => Enumerable.Range(0, m.GetLength(1)).Select(i => m[0, i]).ToArray();
}
