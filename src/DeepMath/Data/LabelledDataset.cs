namespace DeepMath.Data;

/// <summary>A classification sample: n inputs in R^d (rows of <see cref="X"/>) with a class label 0..k-1 each.</summary>
/// <remarks>
/// Tensor-free: <c>DeepMath.Training.Tensors</c> converts <see cref="X"/> and <see cref="Labels"/> at the edge.
/// The paper's classification setting with Y = {0, …, k-1} (Berner et al., Section 1.1). Equality is reference
/// equality of the arrays.
/// </remarks>
public sealed record LabelledDataset
{
    /// <summary>Creates a labelled data set; the arrays are kept, not copied.</summary>
    /// <param name="x">Inputs, shape [n, d], one sample per row; e.g. 1797 × 64 for the digits.</param>
    /// <param name="labels">Labels, length n, each in [0, classes).</param>
    /// <param name="classes">Number of classes k, e.g. 2 for two spirals or 10 for digits.</param>
    public LabelledDataset(double[,] x, int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        if (x.GetLength(0) != labels.Length)
            throw new ArgumentException($"X has {x.GetLength(0)} rows but there are {labels.Length} labels.", nameof(labels));
        var bad = Array.FindIndex(labels, l => l < 0 || l >= classes);
        if (bad >= 0)
            throw new ArgumentException($"Label {labels[bad]} at row {bad} is outside 0..{classes - 1}.", nameof(labels));
        X = x;
        Labels = labels;
        Classes = classes;
    }

    /// <summary>Inputs, shape [n, d]: row i is sample x_i.</summary>
    public double[,] X { get; }

    /// <summary>Class labels, length n, each in [0, <see cref="Classes"/>).</summary>
    public int[] Labels { get; }

    /// <summary>Number of classes k.</summary>
    public int Classes { get; }

    /// <summary>Number of samples n.</summary>
    public int N => X.GetLength(0);

    /// <summary>Input dimension d.</summary>
    public int D => X.GetLength(1);

    /// <summary>Sample <paramref name="i"/> as a new array of length d.</summary>
    /// <param name="i">Row index, 0 ≤ i &lt; n.</param>
    /// <returns>A copy of row i of <see cref="X"/>.</returns>
    public double[] Row(int i) => Rows.Row(X, i);

    /// <summary>The samples at the given row indices, in that order (copied).</summary>
    /// <param name="rows">Row indices, each in [0, n).</param>
    /// <returns>A new data set with rows.Count samples and the same number of classes.</returns>
    public LabelledDataset Subset(IReadOnlyList<int> rows) =>
        new(Rows.Select(X, rows), rows.Select(i => Labels[i]).ToArray(), Classes);

    /// <summary>Splits into a training and a test part by a seeded random permutation.</summary>
    /// <param name="testFraction">Fraction of samples that go to the test part, in (0, 1); e.g. 0.25.</param>
    /// <param name="seed">Seed of the permutation, e.g. 0; the same seed gives the same split.</param>
    /// <returns>The two disjoint parts; together they hold every sample once.</returns>
    public (LabelledDataset Train, LabelledDataset Test) Split(double testFraction, int seed)
    {
        var (train, test) = Rows.SplitIndices(N, testFraction, seed);
        return (Subset(train), Subset(test));
    }

    /// <summary>How many samples carry each label, indexed by label.</summary>
    /// <returns>An array of length k whose entries sum to n.</returns>
    public int[] ClassCounts()
    {
        var counts = new int[Classes];
        foreach (var label in Labels) counts[label]++;
        return counts;
    }

    /// <summary>A short description for notebook display, e.g. "LabelledDataset: n = 400, d = 2, k = 2".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"LabelledDataset: n = {N}, d = {D}, k = {Classes}";
}
