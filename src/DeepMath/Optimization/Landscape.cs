using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// Low-dimensional views of a loss landscape θ ↦ R̂(θ): the loss along a segment, on a plane spanned by two
/// filter-normalised random directions, and the barrier height of a path.
/// </summary>
/// <remarks>
/// Goodfellow, Vinyals and Saxe (2015) plot the loss along the segment from θ_0 to the trained θ_T; Li, Xu, Taylor,
/// Studer and Goldstein (2018) rescale each random direction filter by filter (here: neuron by neuron, the rows of
/// each W_l) to the norm of the trained weights, so that plots of different networks are comparable, and set the
/// bias directions to zero. Paper, Section 5 (loss landscape analysis). Introduced in chapter 03 (optimization).
/// </remarks>
public static class Landscape
{
    /// <summary>The loss at (1 - α) θ_a + α θ_b for α on an even grid of [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    /// <param name="loss">The empirical risk θ ↦ R̂(θ).</param>
    /// <param name="from">θ_a, e.g. the initialisation.</param>
    /// <param name="to">θ_b, e.g. the trained weights.</param>
    /// <param name="points">Grid points, e.g. 41.</param>
    /// <param name="lo">First α, e.g. -0.25 (a little before θ_a).</param>
    /// <param name="hi">Last α, e.g. 1.25.</param>
    /// <returns>The grid α and the losses.</returns>
    public static (double[] Alpha, double[] Loss) Line(Func<double[], double> loss, double[] from, double[] to,
        int points, double lo = 0, double hi = 1)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var alpha = Enumerable.Range(0, points).Select(k => lo + (hi - lo) * k / (points - 1)).ToArray();
        return (alpha, alpha.Select(s => loss(Combine(from, 1 - s, to, s))).ToArray());
    }

    /// <summary>A Gaussian random direction rescaled neuron by neuron to the norms of θ's rows; bias entries are 0.</summary>
    /// <param name="network">The network, for the layout of θ.</param>
    /// <param name="theta">The centre θ*, e.g. the trained weights.</param>
    /// <param name="seed">Seed of the direction, e.g. 1.</param>
    /// <returns>The direction δ, length P, with ‖δ_row‖ = ‖θ_row‖ for every row of every W_l.</returns>
    public static double[] FilterNormalizedDirection(FlatMlp network, double[] theta, int seed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(theta);
        var normal = new Normal(0, 1, new MersenneTwister(seed));
        var direction = new double[theta.Length];
        foreach (var (offset, rows, columns) in network.WeightBlocks())
        {
            for (var r = 0; r < rows; r++)
            {
                var start = offset + r * columns;
                var row = Enumerable.Range(0, columns).Select(_ => normal.Sample()).ToArray();
                var scale = Norm(theta.AsSpan(start, columns)) / Norm(row);
                for (var c = 0; c < columns; c++) direction[start + c] = row[c] * scale;
            }
        }
        return direction;
    }

    /// <summary>The loss on the plane θ* + α δ₁ + β δ₂ over an even grid of α, β ∈ [-range, range].</summary>
    /// <param name="loss">The empirical risk θ ↦ R̂(θ).</param>
    /// <param name="centre">θ*, e.g. the trained weights.</param>
    /// <param name="first">δ₁, e.g. a filter-normalised direction.</param>
    /// <param name="second">δ₂, another one.</param>
    /// <param name="range">Half-width of the square, e.g. 1.</param>
    /// <param name="points">Grid points per axis, e.g. 21.</param>
    /// <returns>The grid (shared by both axes) and the losses z[j, i] at (α_i, β_j).</returns>
    public static (double[] Grid, double[,] Loss) Plane(Func<double[], double> loss, double[] centre, double[] first,
        double[] second, double range, int points)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var grid = Enumerable.Range(0, points).Select(k => -range + 2 * range * k / (points - 1)).ToArray();
        var z = new double[points, points];
        for (var j = 0; j < points; j++)
            for (var i = 0; i < points; i++)
                z[j, i] = loss(centre.Select((v, k) => v + grid[i] * first[k] + grid[j] * second[k]).ToArray());
        return (grid, z);
    }

    /// <summary>The barrier of a path: max_t [L(t) - ((1 - t) L(0) + t L(1))], the largest rise above the chord of its ends.</summary>
    /// <param name="t">Times in [0, 1], increasing from 0 to 1.</param>
    /// <param name="loss">Loss at each time.</param>
    /// <returns>The barrier height (0 when the path never rises above the chord).</returns>
    public static double Barrier(IReadOnlyList<double> t, IReadOnlyList<double> loss)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(loss);
        if (t.Count != loss.Count || t.Count < 2) throw new ArgumentException("Need at least two (t, loss) pairs.");
        var (l0, l1) = (loss[0], loss[^1]);
        return Math.Max(0, Enumerable.Range(0, t.Count).Max(k => loss[k] - ((1 - t[k]) * l0 + t[k] * l1)));
    }

    /// <summary>The point a·x + b·y of two parameter vectors.</summary>
    /// <param name="x">First vector.</param>
    /// <param name="a">Its weight.</param>
    /// <param name="y">Second vector, same length.</param>
    /// <param name="b">Its weight.</param>
    /// <returns>a·x + b·y.</returns>
    public static double[] Combine(double[] x, double a, double[] y, double b)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length) throw new ArgumentException("Vectors need the same length.");
        return x.Select((v, k) => a * v + b * y[k]).ToArray();
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        var sum = 0.0;
        foreach (var e in v) sum += e * e;
        return Math.Sqrt(sum);
    }
}
