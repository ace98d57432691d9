using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>Seeded regression samples y = f(x) + σ·ε, ε ~ N(0, 1), from a target f in 1 or d dimensions.</summary>
/// <remarks>
/// The statistical learning setting of Berner et al., Section 1.2: i.i.d. samples of a distribution on X × Y whose
/// regression function is f. Deterministic: the same seed gives the same sample (MathNet's Mersenne Twister).
/// </remarks>
public static class Regression
{
    /// <summary>A 1-d sample: x_i uniform on [lo, hi], y_i = f(x_i) + noise·ε_i.</summary>
    /// <param name="f">The target, e.g. <see cref="Targets.Sine"/>(1).</param>
    /// <param name="n">Number of samples, e.g. 200.</param>
    /// <param name="noise">Standard deviation σ of the additive Gaussian noise, e.g. 0.1; 0 for noiseless.</param>
    /// <param name="seed">Random seed, e.g. 0.</param>
    /// <param name="lo">Left end of the input interval, e.g. -1.</param>
    /// <param name="hi">Right end of the input interval, e.g. 1.</param>
    /// <returns>A data set with X of shape [n, 1].</returns>
    public static Dataset Sample(Func<double, double> f, int n, double noise, int seed, double lo = -1, double hi = 1)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        if (!(lo < hi)) throw new ArgumentException($"Need lo < hi, got [{lo}, {hi}].", nameof(lo));
        var rng = new MersenneTwister(seed);
        var x = new double[n, 1];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = lo + (hi - lo) * rng.NextDouble();
            y[i] = f(x[i, 0]) + noise * Normal.Sample(rng, 0, 1);
        }
        return new Dataset(x, y);
    }

    /// <summary>A noiseless 1-d sample on n evenly spaced points of [lo, hi], both ends included; for evaluation and plots.</summary>
    /// <param name="f">The target, e.g. <see cref="Targets.Abs"/>().</param>
    /// <param name="n">Number of grid points, at least 2, e.g. 1001.</param>
    /// <param name="lo">Left end, e.g. -1.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <returns>A data set with X of shape [n, 1] and y_i = f(x_i) exactly.</returns>
    public static Dataset Grid(Func<double, double> f, int n, double lo = -1, double hi = 1)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        var grid = MathNet.Numerics.Generate.LinearSpaced(n, lo, hi);
        var x = new double[n, 1];
        for (var i = 0; i < n; i++) x[i, 0] = grid[i];
        return new Dataset(x, grid.Select(f).ToArray());
    }

    /// <summary>A d-dimensional sample: x_i from <paramref name="inputs"/>, y_i = f(x_i) + noise·ε_i.</summary>
    /// <param name="f">The target on R^d, e.g. <see cref="Targets.SineOfSum"/>() or a <see cref="TeacherNetwork"/>.</param>
    /// <param name="n">Number of samples, e.g. 1000.</param>
    /// <param name="d">Input dimension, e.g. 8.</param>
    /// <param name="noise">Standard deviation σ of the additive Gaussian noise, e.g. 0.1; 0 for noiseless.</param>
    /// <param name="seed">Random seed, e.g. 0.</param>
    /// <param name="inputs">Input distribution; default uniform on [-1, 1]^d.</param>
    /// <returns>A data set with X of shape [n, d].</returns>
    public static Dataset Sample(Func<double[], double> f, int n, int d, double noise, int seed,
        InputDistribution inputs = InputDistribution.UniformCube)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        var rng = new MersenneTwister(seed);
        var x = Inputs(n, d, inputs, rng);
        var y = new double[n];
        for (var i = 0; i < n; i++) y[i] = f(Rows.Row(x, i)) + noise * Normal.Sample(rng, 0, 1);
        return new Dataset(x, y);
    }

    /// <summary>Draws an [n, d] input matrix from the given distribution (shared with the classification generators).</summary>
    internal static double[,] Inputs(int n, int d, InputDistribution inputs, System.Random rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        return inputs switch
        {
            InputDistribution.UniformCube => Rows.Build(n, d, (_, _) => 2 * rng.NextDouble() - 1),
            InputDistribution.Gaussian => Rows.Build(n, d, (_, _) => Normal.Sample(rng, 0, 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(inputs), inputs, null),
        };
    }
}
