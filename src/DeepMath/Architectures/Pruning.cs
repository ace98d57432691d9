using MathNet.Numerics.Random;

namespace DeepMath.Architectures;

/// <summary>Masks for sparse networks: global magnitude pruning, and random masks with the same number of weights per layer.</summary>
/// <remarks>
/// Berner et al., Section 6 (sparse neural networks and pruning): a network with many zero weights can realize much of
/// what a dense one does. Magnitude pruning (Han et al. 2015) keeps the weights of largest |w| over all layers together;
/// the lottery-ticket experiment (Frankle and Carbin 2019) rewinds the kept weights to their initial values and retrains,
/// against a random mask of the same sparsity. Masks apply to weight matrices only; biases stay dense. A mask entry is
/// true where the weight is kept. Plain arrays; <see cref="SparseMlp"/> trains with them. Chapter 05 (architectures).
/// </remarks>
public static class Pruning
{
    /// <summary>Global magnitude pruning: removes the ⌊s·P_W⌋ weights of smallest |w| across all matrices (P_W weights in all).</summary>
    /// <param name="weights">The weight matrices W_l, e.g. from <c>LinearLayers.Read(model)</c>.</param>
    /// <param name="sparsity">The fraction s of weights to remove, in [0, 1), e.g. 0.9.</param>
    /// <returns>One mask per matrix, true where the weight is kept. Ties are broken by position, so exactly ⌊s·P_W⌋ are removed.</returns>
    public static IReadOnlyList<bool[,]> MagnitudeMasks(IReadOnlyList<double[,]> weights, double sparsity)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (sparsity is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(sparsity), sparsity, "Need 0 ≤ s < 1.");
        var entries = new List<(double Magnitude, int Layer, int Row, int Column)>();
        for (var l = 0; l < weights.Count; l++)
            for (var i = 0; i < weights[l].GetLength(0); i++)
                for (var j = 0; j < weights[l].GetLength(1); j++)
                    entries.Add((Math.Abs(weights[l][i, j]), l, i, j));
        var masks = weights.Select(w => Filled(w.GetLength(0), w.GetLength(1), true)).ToArray();
        var removed = (int)Math.Floor(sparsity * entries.Count);
        foreach (var (_, l, i, j) in entries.OrderBy(e => e.Magnitude).Take(removed)) masks[l][i, j] = false; // stable sort: ties by position
        return masks;
    }

    /// <summary>Random masks that keep, in every layer, as many weights as the given masks, at uniformly random positions.</summary>
    /// <param name="like">Masks whose per-layer counts to copy, e.g. from <see cref="MagnitudeMasks"/>.</param>
    /// <param name="seed">Seed of the positions, e.g. 7.</param>
    /// <returns>New masks of the same shapes and per-layer counts.</returns>
    public static IReadOnlyList<bool[,]> RandomMasks(IReadOnlyList<bool[,]> like, int seed)
    {
        ArgumentNullException.ThrowIfNull(like);
        var rng = new MersenneTwister(seed);
        return like.Select(mask =>
        {
            var (rows, columns) = (mask.GetLength(0), mask.GetLength(1));
            var keep = Kept(mask);
            var positions = Enumerable.Range(0, rows * columns).ToArray();
            for (var i = positions.Length - 1; i > 0; i--) // Fisher–Yates
            {
                var j = rng.Next(i + 1);
                (positions[i], positions[j]) = (positions[j], positions[i]);
            }
            var random = Filled(rows, columns, false);
            foreach (var p in positions.Take(keep)) random[p / columns, p % columns] = true;
            return random;
        }).ToArray();
    }

    /// <summary>The fraction of weights the masks remove: 1 - kept / total.</summary>
    /// <param name="masks">Masks, e.g. from <see cref="MagnitudeMasks"/>.</param>
    /// <returns>The sparsity, e.g. 0.9.</returns>
    public static double Sparsity(IReadOnlyList<bool[,]> masks)
    {
        ArgumentNullException.ThrowIfNull(masks);
        var total = masks.Sum(m => (long)m.Length);
        return 1 - (double)masks.Sum(m => (long)Kept(m)) / total;
    }

    /// <summary>The number of true entries of a mask.</summary>
    /// <param name="mask">A mask.</param>
    /// <returns>How many weights it keeps.</returns>
    public static int Kept(bool[,] mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var count = 0;
        foreach (var keep in mask) if (keep) count++;
        return count;
    }

    private static bool[,] Filled(int rows, int columns, bool value)
    {
        var mask = new bool[rows, columns];
        if (value) for (var i = 0; i < rows; i++) for (var j = 0; j < columns; j++) mask[i, j] = true;
        return mask;
    }
}
