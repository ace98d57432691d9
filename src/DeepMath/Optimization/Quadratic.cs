using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// The quadratic f(x) = ½ (x - x*)ᵀ A (x - x*) with A = Q diag(λ) Qᵀ symmetric positive semi-definite: L-smooth with
/// L = max λ, μ-strongly convex with μ = min λ (convex only when μ = 0), minimum f* = 0 at x*.
/// </summary>
/// <remarks>
/// The test bed for the rates of gradient descent (paper, Section 1.2): with η = 1/L, f(x_t) - f* ≤ L‖x_0 - x*‖²/(2t)
/// and ‖x_t - x*‖ ≤ (1 - μ/L)ᵗ ‖x_0 - x*‖. Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class Quadratic
{
    private readonly double[] _a; // [d, d] row-major: plain loops keep 10⁴ steps in milliseconds
    private readonly double[] _minimizer;

    private Quadratic(Matrix<double> a, double[] minimizer, double[] eigenvalues, Matrix<double> basis)
    {
        (_a, _minimizer, Eigenvalues, Basis) = (a.ToRowMajorArray(), minimizer, eigenvalues, basis);
    }

    /// <summary>The eigenvalues λ of A, as given.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>The orthogonal eigenvector matrix Q (columns are eigenvectors).</summary>
    public Matrix<double> Basis { get; }

    /// <summary>The dimension d.</summary>
    public int D => _minimizer.Length;

    /// <summary>The smoothness constant L = λ_max.</summary>
    public double L => Eigenvalues.Max();

    /// <summary>The strong-convexity constant μ = λ_min (0 for a merely convex quadratic).</summary>
    public double Mu => Eigenvalues.Min();

    /// <summary>A minimizer x* (f(x*) = 0); a copy.</summary>
    public double[] Minimizer => (double[])_minimizer.Clone();

    /// <summary>A quadratic with the given spectrum, a random orthogonal eigenbasis and a random minimizer.</summary>
    /// <param name="eigenvalues">The eigenvalues λ ≥ 0 of A, e.g. a geometric grid from 0.01 to 1.</param>
    /// <param name="seed">Seed of the eigenbasis and minimizer, e.g. 0.</param>
    /// <returns>The quadratic.</returns>
    public static Quadratic WithSpectrum(IReadOnlyList<double> eigenvalues, int seed)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0 || eigenvalues.Any(l => !(l >= 0))) throw new ArgumentException("Eigenvalues must be ≥ 0.");
        var d = eigenvalues.Count;
        var rng = new MersenneTwister(seed);
        var gaussian = Matrix<double>.Build.Random(d, d, new MathNet.Numerics.Distributions.Normal(0, 1, rng));
        var q = gaussian.QR().Q; // Haar-like orthogonal basis
        var a = q * Matrix<double>.Build.DiagonalOfDiagonalArray(eigenvalues.ToArray()) * q.Transpose();
        a = (a + a.Transpose()) / 2; // exactly symmetric
        var minimizer = Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        return new Quadratic(a, minimizer, eigenvalues.ToArray(), q);
    }

    /// <summary>The point x* + Q c: a start whose offset from x* has coordinates <paramref name="coefficients"/> in the eigenbasis.</summary>
    /// <param name="coefficients">Coordinates c of x_0 - x* along the eigenvectors, length d, e.g. all ones.</param>
    /// <returns>x_0.</returns>
    public double[] PointWithOffset(IReadOnlyList<double> coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count != D) throw new ArgumentException($"Need {D} coefficients.", nameof(coefficients));
        var offset = Basis * Vector<double>.Build.DenseOfEnumerable(coefficients);
        return _minimizer.Select((v, i) => v + offset[i]).ToArray();
    }

    /// <summary>The value f(x) = ½ (x - x*)ᵀ A (x - x*).</summary>
    /// <param name="x">A point of R^d.</param>
    /// <returns>f(x) ≥ 0.</returns>
    public double Value(double[] x)
    {
        var e = Offset(x);
        var ae = Multiply(e);
        var value = 0.0;
        for (var i = 0; i < e.Length; i++) value += e[i] * ae[i];
        return value / 2;
    }

    /// <summary>The gradient ∇f(x) = A (x - x*).</summary>
    /// <param name="x">A point of R^d.</param>
    /// <returns>The gradient, length d.</returns>
    public double[] Gradient(double[] x) => Multiply(Offset(x));

    /// <summary>The distance ‖x - x*‖.</summary>
    /// <param name="x">A point of R^d.</param>
    /// <returns>The Euclidean distance to the minimizer.</returns>
    public double DistanceToMinimizer(double[] x) => Math.Sqrt(Offset(x).Sum(v => v * v));

    private double[] Offset(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != D) throw new ArgumentException($"Expected a point of R^{D}.", nameof(x));
        return x.Select((v, i) => v - _minimizer[i]).ToArray();
    }

    private double[] Multiply(double[] e)
    {
        var result = new double[D];
        for (var i = 0; i < D; i++)
        {
            var row = _a.AsSpan(i * D, D);
            var sum = 0.0;
            for (var j = 0; j < D; j++) sum += row[j] * e[j];
            result[i] = sum;
        }
        return result;
    }
}
