using MathNet.Numerics.Distributions;

namespace DeepMath.Features;

/// <summary>Synthetic sparse-coding data x = Aγ from a hidden dictionary A, and how well a learned dictionary matches it.</summary>
/// <remarks>
/// The generative model behind "hierarchical sparse representations" in Berner et al., Section 7 (Papyan, Romano and
/// Elad 2017) and behind dictionary learning by autoencoders (Arora, Ge, Ma and Moitra 2015; Rangamani et al. 2018;
/// A. Mukherjee, PhD thesis, Johns Hopkins 2021, chapter 4). Introduced in chapter 04 (learned features).
/// </remarks>
public static class SparseCoding
{
    /// <summary>A random dictionary A ∈ R^{dim × atoms} with independent Gaussian columns scaled to unit length.</summary>
    /// <param name="dim">Signal dimension, e.g. 32.</param>
    /// <param name="atoms">Number of columns (atoms), e.g. 48 (more than dim: an overcomplete dictionary).</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>A, shape [dim, atoms], every column of norm 1.</returns>
    public static double[,] RandomDictionary(int dim, int atoms, int seed)
    {
        var rng = new Random(seed);
        var a = new double[dim, atoms];
        for (var j = 0; j < atoms; j++)
        {
            var column = Enumerable.Range(0, dim).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
            var norm = Math.Sqrt(column.Sum(v => v * v));
            for (var i = 0; i < dim; i++) a[i, j] = column[i] / norm;
        }
        return a;
    }

    /// <summary>The mutual coherence μ(A) = max_{i≠j} |⟨a_i, a_j⟩| / (‖a_i‖ ‖a_j‖).</summary>
    /// <param name="a">A dictionary, shape [dim, atoms].</param>
    /// <returns>μ in [0, 1]; about √(2 log(atoms²)/dim) for random Gaussian columns.</returns>
    public static double Coherence(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var columns = Columns(a);
        double mu = 0;
        for (var i = 0; i < columns.Length; i++)
        for (var j = i + 1; j < columns.Length; j++) mu = Math.Max(mu, Math.Abs(Cosine(columns[i], columns[j])));
        return mu;
    }

    /// <summary>Draws n signals x = Aγ with non-negative s-sparse codes γ (s atoms chosen uniformly, weights uniform in [1, 2]).</summary>
    /// <param name="a">The dictionary A, shape [dim, atoms].</param>
    /// <param name="n">Number of signals, e.g. 2000.</param>
    /// <param name="sparsity">Non-zeros per code s, e.g. 3.</param>
    /// <param name="seed">Seed, e.g. 1.</param>
    /// <returns>Signals X, shape [n, dim] (one per row), and codes Γ, shape [n, atoms].</returns>
    public static (double[,] Signals, double[,] Codes) Sample(double[,] a, int n, int sparsity, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (dim, atoms) = (a.GetLength(0), a.GetLength(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sparsity, atoms);
        var rng = new Random(seed);
        var x = new double[n, dim];
        var codes = new double[n, atoms];
        for (var s = 0; s < n; s++)
        {
            var support = Enumerable.Range(0, atoms).OrderBy(_ => rng.Next()).Take(sparsity).ToArray();
            foreach (var j in support)
            {
                var weight = 1 + rng.NextDouble();
                codes[s, j] = weight;
                for (var i = 0; i < dim; i++) x[s, i] += weight * a[i, j];
            }
        }
        return (x, codes);
    }

    /// <summary>For every column a_j of the hidden dictionary, the best cosine similarity with a row of the learned W.</summary>
    /// <param name="a">The hidden dictionary A, shape [dim, atoms].</param>
    /// <param name="w">Learned weights W, shape [hidden, dim] (the encoder of x̂ = Wᵀϱ(Wx − b)).</param>
    /// <returns>max_i cos(a_j, w_i) for each j; 1 means column j was recovered exactly (up to scale).</returns>
    public static double[] MatchColumns(double[,] a, double[,] w)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(w);
        if (w.GetLength(1) != a.GetLength(0)) throw new ArgumentException("W must have as many columns as A has rows.", nameof(w));
        var rows = Enumerable.Range(0, w.GetLength(0)).Select(i => Data.Rows.Row(w, i)).ToArray();
        return Columns(a).Select(column => rows.Max(row => Cosine(column, row))).ToArray();
    }

    /// <summary>A starting point near the dictionary: row j is column a_j plus Gaussian noise, rescaled to unit length.</summary>
    /// <param name="a">The dictionary A, shape [dim, atoms].</param>
    /// <param name="noise">Standard deviation of the noise per entry, e.g. 0.15 (cosine with a_j about 1/√(1 + dim·noise²)).</param>
    /// <param name="seed">Seed, e.g. 2.</param>
    /// <returns>W₀, shape [atoms, dim], unit rows.</returns>
    public static double[,] Perturb(double[,] a, double noise, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        var rng = new Random(seed);
        var (dim, atoms) = (a.GetLength(0), a.GetLength(1));
        var w = new double[atoms, dim];
        for (var j = 0; j < atoms; j++)
        {
            var row = Enumerable.Range(0, dim).Select(i => a[i, j] + noise * Normal.Sample(rng, 0, 1)).ToArray();
            var norm = Math.Sqrt(row.Sum(v => v * v));
            for (var i = 0; i < dim; i++) w[j, i] = row[i] / norm;
        }
        return w;
    }

    /// <summary>The cosine similarity ⟨u, v⟩ / (‖u‖ ‖v‖); 0 when either vector is zero.</summary>
    /// <param name="u">A vector.</param>
    /// <param name="v">A vector of the same length.</param>
    /// <returns>A value in [−1, 1].</returns>
    public static double Cosine(double[] u, double[] v)
    {
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(v);
        double uv = 0, uu = 0, vv = 0;
        for (var i = 0; i < u.Length; i++)
        {
            uv += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        return uu == 0 || vv == 0 ? 0 : uv / Math.Sqrt(uu * vv);
    }

    private static double[][] Columns(double[,] a) =>
        Enumerable.Range(0, a.GetLength(1)).Select(j => Enumerable.Range(0, a.GetLength(0)).Select(i => a[i, j]).ToArray()).ToArray();
}
