using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// The non-smooth convex risk R(x) = (1/n) Σ_i |a_iᵀx - b_i| (least absolute deviation) with noise-free targets
/// b_i = a_iᵀx*, so that R* = R(x*) = 0, and its stochastic subgradient sign(a_iᵀx - b_i) a_i for a random i.
/// </summary>
/// <remarks>
/// The setting of the stochastic gradient method's basic guarantee (paper, Section 1.2): with subgradients bounded
/// by c, ‖x_0 - x*‖ ≤ r and the constant step η = r/(c√T), the averaged iterate x̄_T satisfies
/// E R(x̄_T) - R* ≤ r c/√T. Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class LeastAbsoluteDeviation
{
    private readonly double[][] _a;
    private readonly double[] _b;

    private LeastAbsoluteDeviation(double[][] a, double[] b, double[] minimizer) => (_a, _b, Minimizer) = (a, b, minimizer);

    /// <summary>The minimizer x* (R(x*) = 0).</summary>
    public IReadOnlyList<double> Minimizer { get; }

    /// <summary>The sample size n.</summary>
    public int N => _b.Length;

    /// <summary>The dimension d.</summary>
    public int D => Minimizer.Count;

    /// <summary>The bound c = max_i ‖a_i‖ on the stochastic subgradients.</summary>
    public double GradientBound => _a.Max(row => Math.Sqrt(row.Sum(v => v * v)));

    /// <summary>Samples a_i ~ N(0, I_d) and a minimizer x* ~ N(0, I_d), and sets b_i = a_iᵀx*.</summary>
    /// <param name="n">Sample size, e.g. 1000.</param>
    /// <param name="d">Dimension, e.g. 5.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>The problem.</returns>
    public static LeastAbsoluteDeviation Sample(int n, int d, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var normal = new Normal(0, 1, new MersenneTwister(seed));
        var minimizer = Enumerable.Range(0, d).Select(_ => normal.Sample()).ToArray();
        var a = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => normal.Sample()).ToArray()).ToArray();
        var b = a.Select(row => Dot(row, minimizer)).ToArray();
        return new LeastAbsoluteDeviation(a, b, minimizer);
    }

    /// <summary>The risk R(x) = (1/n) Σ_i |a_iᵀx - b_i|.</summary>
    /// <param name="x">A point of R^d.</param>
    /// <returns>R(x) ≥ 0.</returns>
    public double Risk(IReadOnlyList<double> x) => Enumerable.Range(0, N).Average(i => Math.Abs(Dot(_a[i], x) - _b[i]));

    /// <summary>The stochastic subgradient sign(a_iᵀx - b_i) a_i of sample i.</summary>
    /// <param name="x">A point of R^d.</param>
    /// <param name="i">The sample drawn, 0 ≤ i &lt; n.</param>
    /// <returns>The subgradient, length d, of norm ≤ c.</returns>
    public double[] StochasticGradient(IReadOnlyList<double> x, int i)
    {
        var sign = Math.Sign(Dot(_a[i], x) - _b[i]);
        return _a[i].Select(v => sign * v).ToArray();
    }

    private static double Dot(double[] a, IReadOnlyList<double> x)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++) sum += a[k] * x[k];
        return sum;
    }
}
