using System.Runtime.CompilerServices;

namespace DeepMath.Generalization;

/// <summary>
/// Least squares by Householder QR: the least-squares solution of an overdetermined system and the minimum-norm
/// solution (the pseudo-inverse solution A⁺y) of an underdetermined one.
/// </summary>
/// <remarks>
/// For n ≥ p (rows ≥ columns) A = QR and β = R⁻¹Qᵀy minimizes ‖Aβ - y‖; for n &lt; p, Aᵀ = QR, so A = RᵀQᵀ and
/// β = Q R⁻ᵀ y interpolates (Aβ = y) and lies in the row space of A, which makes it the interpolant of smallest norm.
/// Householder QR is backward stable, so the error grows like the condition number κ(A), not κ(A)² as with the normal
/// equations AᵀAβ = Aᵀy: this matters at the interpolation threshold p ≈ n of double descent, where κ(A) is huge by
/// design. The factors are never formed, only applied, so a fit costs about 2·max(n, p)·min(n, p)² flops.
/// Paper, Section 2 (double descent, implicit regularization). Introduced in chapter 02 (generalization).
/// </remarks>
public static class LeastSquares
{
    /// <summary>The least-squares solution (n ≥ p) or the minimum-norm interpolant (n &lt; p) of Aβ ≈ y, i.e. A⁺y.</summary>
    /// <param name="a">The design matrix A, shape [n, p], of full rank min(n, p); e.g. 100 × 2000 random features.</param>
    /// <param name="y">The targets, length n.</param>
    /// <param name="columns">Use only the first p = <paramref name="columns"/> columns of A (nested models, e.g. the first
    /// p of 2000 features); null (default) uses all.</param>
    /// <returns>β, length p.</returns>
    /// <exception cref="ArgumentException">When the shapes disagree or A is exactly rank-deficient (a zero pivot).</exception>
    public static double[] MinimumNorm(double[,] a, IReadOnlyList<double> y, int? columns = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(y);
        var (n, p) = (a.GetLength(0), columns ?? a.GetLength(1));
        if (p < 1 || p > a.GetLength(1)) throw new ArgumentOutOfRangeException(nameof(columns), columns, $"Use 1 to {a.GetLength(1)} columns.");
        if (y.Count != n) throw new ArgumentException($"A has {n} rows but y has {y.Count} entries.", nameof(y));
        if (n == 0) throw new ArgumentException("A must not be empty.", nameof(a));
        return n >= p ? Overdetermined(a, p, y) : Underdetermined(a, p, y);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    private static double[] Overdetermined(double[,] a, int p, IReadOnlyList<double> y)
    {
        var n = a.GetLength(0);
        var columns = new double[p][];                               // A column by column: [p][n]
        for (var j = 0; j < p; j++)
        {
            columns[j] = new double[n];
            for (var i = 0; i < n; i++) columns[j][i] = a[i, j];
        }
        var (reflectors, diagonal) = Factor(columns);
        var rhs = y.ToArray();
        for (var j = 0; j < p; j++) Reflect(reflectors[j], j, rhs);    // Qᵀy
        var beta = new double[p];
        for (var j = p - 1; j >= 0; j--)                               // back substitution R β = (Qᵀy)[..p]
        {
            var sum = rhs[j];
            for (var k = j + 1; k < p; k++) sum -= columns[k][j] * beta[k];
            beta[j] = sum / diagonal[j];
        }
        return beta;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    private static double[] Underdetermined(double[,] a, int p, IReadOnlyList<double> y)
    {
        var n = a.GetLength(0);
        var columns = new double[n][];                               // Aᵀ column by column = A row by row: [n][p]
        for (var i = 0; i < n; i++)
        {
            columns[i] = new double[p];
            for (var j = 0; j < p; j++) columns[i][j] = a[i, j];
        }
        var (reflectors, diagonal) = Factor(columns);
        var z = new double[p];
        for (var i = 0; i < n; i++)                                    // forward substitution Rᵀ z = y
        {
            var sum = y[i];
            for (var k = 0; k < i; k++) sum -= columns[i][k] * z[k];
            z[i] = sum / diagonal[i];
        }
        for (var i = n - 1; i >= 0; i--) Reflect(reflectors[i], i, z); // β = Q [z; 0] = H_1 ⋯ H_n [z; 0]
        return z;
    }

    /// <summary>Householder QR in place: R's strict upper triangle stays in the columns, its diagonal is returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    private static (double[][] Reflectors, double[] Diagonal) Factor(double[][] columns)
    {
        var (rows, count) = (columns[0].Length, columns.Length);
        var reflectors = new double[count][];
        var diagonal = new double[count];
        for (var j = 0; j < count; j++)
        {
            var column = columns[j].AsSpan(j);
            var norm = Math.Sqrt(Spans.Dot(column, column));
            if (norm == 0) throw new ArgumentException($"A is rank-deficient: pivot {j} is zero; use a pseudo-inverse.");
            var alpha = column[0] > 0 ? -norm : norm;                  // R_jj, sign chosen to avoid cancellation
            var v = column.ToArray();                                  // the reflector H = I - 2vvᵀ/(vᵀv) acting on rows j..
            v[0] -= alpha;
            var scale = 1 / Math.Sqrt(Spans.Dot(v, v));
            for (var i = 0; i < v.Length; i++) v[i] *= scale;           // unit vector: H = I - 2vvᵀ
            reflectors[j] = v;
            diagonal[j] = alpha;
            for (var k = j + 1; k < count; k++) Reflect(v, j, columns[k]);
        }
        return (reflectors, diagonal);
    }

    /// <summary>Applies H = I - 2vvᵀ (v a unit vector acting on entries offset..) to x in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    private static void Reflect(double[] v, int offset, double[] x)
    {
        var tail = x.AsSpan(offset, v.Length);
        Spans.AddScaled(tail, -2 * Spans.Dot(v, tail), v);
    }
}
