namespace DeepMath.Data;

/// <summary>Row helpers shared by the two data-set records.</summary>
internal static class Rows
{
    public static double[] Row(double[,] x, int i)
    {
        var row = new double[x.GetLength(1)];
        for (var j = 0; j < row.Length; j++) row[j] = x[i, j];
        return row;
    }

    public static double[,] Select(double[,] x, IReadOnlyList<int> rows)
    {
        var d = x.GetLength(1);
        var result = new double[rows.Count, d];
        for (var r = 0; r < rows.Count; r++)
            for (var j = 0; j < d; j++)
                result[r, j] = x[rows[r], j];
        return result;
    }

    public static (int[] Train, int[] Test) SplitIndices(int n, double testFraction, int seed)
    {
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "Must lie strictly between 0 and 1.");
        var permutation = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(permutation);
        var testCount = (int)Math.Round(testFraction * n);
        return (permutation[testCount..], permutation[..testCount]);
    }

    /// <summary>Fills an [n, d] matrix from a function of (row, column).</summary>
    public static double[,] Build(int n, int d, Func<int, int, double> entry)
    {
        var x = new double[n, d];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < d; j++)
                x[i, j] = entry(i, j);
        return x;
    }
}
