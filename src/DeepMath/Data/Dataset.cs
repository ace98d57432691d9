namespace DeepMath.Data;

/// <summary>A regression sample: n inputs in R^d (rows of <see cref="X"/>) with one real target each.</summary>
/// <remarks>
/// Tensor-free on purpose: chapters compute on arrays and MathNet types, and <c>DeepMath.Training.Tensors</c> converts
/// at the edge. In the paper's notation this is the training sample s = ((x_i, y_i)), i = 1..n
/// (Berner et al., Section 1.1, "notation"; the paper writes m for the sample size, the kit writes n).
/// Equality is reference equality of the arrays.
/// </remarks>
public sealed record Dataset
{
    /// <summary>Creates a data set; the arrays are kept, not copied.</summary>
    /// <param name="x">Inputs, shape [n, d], one sample per row; e.g. 200 × 1 for a 1-d regression.</param>
    /// <param name="y">Targets, length n.</param>
    public Dataset(double[,] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.GetLength(0) != y.Length)
            throw new ArgumentException($"X has {x.GetLength(0)} rows but y has {y.Length} targets.", nameof(y));
        X = x;
        Y = y;
    }

    /// <summary>Inputs, shape [n, d]: row i is sample x_i.</summary>
    public double[,] X { get; }

    /// <summary>Targets y_i, length n.</summary>
    public double[] Y { get; }

    /// <summary>Number of samples n.</summary>
    public int N => X.GetLength(0);

    /// <summary>Input dimension d.</summary>
    public int D => X.GetLength(1);

    /// <summary>Sample <paramref name="i"/> as a new array of length d.</summary>
    /// <param name="i">Row index, 0 ≤ i &lt; n.</param>
    /// <returns>A copy of row i of <see cref="X"/>.</returns>
    public double[] Row(int i) => Rows.Row(X, i);

    /// <summary>The samples at the given row indices, in that order (copied).</summary>
    /// <param name="rows">Row indices, each in [0, n); e.g. the first half of a permutation.</param>
    /// <returns>A new data set with rows.Count samples.</returns>
    public Dataset Subset(IReadOnlyList<int> rows) => new(Rows.Select(X, rows), rows.Select(i => Y[i]).ToArray());

    /// <summary>Splits into a training and a test part by a seeded random permutation.</summary>
    /// <param name="testFraction">Fraction of samples that go to the test part, in (0, 1); e.g. 0.25.</param>
    /// <param name="seed">Seed of the permutation, e.g. 0; the same seed gives the same split.</param>
    /// <returns>The two disjoint parts; together they hold every sample once.</returns>
    public (Dataset Train, Dataset Test) Split(double testFraction, int seed)
    {
        var (train, test) = Rows.SplitIndices(N, testFraction, seed);
        return (Subset(train), Subset(test));
    }

    /// <summary>A short description for notebook display, e.g. "Dataset: n = 200, d = 1".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Dataset: n = {N}, d = {D}";
}
