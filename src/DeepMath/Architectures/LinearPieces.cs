namespace DeepMath.Architectures;

/// <summary>The exact linear pieces of a ReLU network with one input and one output on an interval.</summary>
/// <remarks>
/// Berner et al., Section 1 (ReLU networks realize continuous piecewise-linear functions) and Section 3 (counting
/// pieces, after Telgarsky 2016). Layer by layer, every hidden neuron is affine on each current piece; where its
/// pre-activation crosses zero inside a piece, that piece splits in two. So a layer of width N_l turns t pieces into at
/// most (N_l + 1)·t, and the network has at most Π_l (N_l + 1) pieces (<see cref="UpperBound"/>). Chapter 00.
/// </remarks>
public static class LinearPieces
{
    /// <summary>The linear pieces of Φ on [lo, hi], adjacent pieces with equal slopes merged.</summary>
    /// <param name="network">A network with N_0 = N_L = 1, e.g. 1 → 16 → 16 → 1.</param>
    /// <param name="lo">Left end of the interval, e.g. -1.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <returns>The pieces from left to right; their ends are Φ's kinks in (lo, hi).</returns>
    public static IReadOnlyList<AffinePiece> Of(ReluNetwork network, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Widths[0] != 1 || network.Widths[^1] != 1) throw new ArgumentException("Need N_0 = N_L = 1.", nameof(network));
        if (!(lo < hi)) throw new ArgumentException($"Need lo < hi, got [{lo}, {hi}].", nameof(lo));
        var minLength = 1e-12 * (hi - lo); // crossings closer than this to an end do not make a new piece
        // On each piece the current layer's output is affine in x: h(x) = u + v·x (vectors).
        var pieces = new List<(double A, double B, double[] U, double[] V)> { (lo, hi, [0.0], [1.0]) };
        for (var l = 0; l < network.Depth; l++)
        {
            var next = new List<(double, double, double[], double[])>();
            foreach (var (a, b, u, v) in pieces)
            {
                var zu = network.Affine(l, u);
                var zv = Subtract(network.Affine(l, v), network.Affine(l, new double[v.Length]));
                if (l == network.Depth - 1) { next.Add((a, b, zu, zv)); continue; }
                var cuts = new SortedSet<double> { a, b };
                for (var i = 0; i < zu.Length; i++)
                {
                    if (zv[i] == 0) continue;
                    var root = -zu[i] / zv[i];
                    if (root > a + minLength && root < b - minLength) cuts.Add(root);
                }
                var ends = cuts.ToArray();
                for (var k = 0; k + 1 < ends.Length; k++)
                {
                    var mid = 0.5 * (ends[k] + ends[k + 1]);
                    var hu = new double[zu.Length];
                    var hv = new double[zu.Length];
                    for (var i = 0; i < zu.Length; i++)
                        if (zu[i] + zv[i] * mid > 0) (hu[i], hv[i]) = (zu[i], zv[i]); // active neuron: ϱ is the identity here
                    next.Add((ends[k], ends[k + 1], hu, hv));
                }
            }
            pieces = next;
        }
        return Merge(pieces.Select(p => new AffinePiece(p.A, p.B, p.V[0], p.U[0])));
    }

    /// <summary>The number of linear pieces of Φ on [lo, hi].</summary>
    /// <param name="network">A network with one input and one output.</param>
    /// <param name="lo">Left end, e.g. -1.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <returns>The count, at least 1 and at most <see cref="UpperBound"/> of the widths.</returns>
    public static int Count(ReluNetwork network, double lo, double hi) => Of(network, lo, hi).Count;

    /// <summary>The interior kinks: the points where one piece ends and the next begins.</summary>
    /// <param name="pieces">Pieces from <see cref="Of"/>.</param>
    /// <returns>The kinks, increasing; one fewer than the pieces.</returns>
    public static double[] Kinks(IReadOnlyList<AffinePiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        return pieces.Skip(1).Select(p => p.Start).ToArray();
    }

    /// <summary>The largest number of pieces any network of these widths can have on a line: Π_{l=1..L-1} (N_l + 1).</summary>
    /// <param name="widths">The widths (1, N_1, …, N_{L-1}, 1), e.g. [1, 16, 16, 1] (bound 289).</param>
    /// <returns>The bound; N_1 + 1 for one hidden layer.</returns>
    public static double UpperBound(IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var bound = 1.0;
        for (var l = 1; l < widths.Count - 1; l++) bound *= widths[l] + 1.0;
        return bound;
    }

    /// <summary>The value at <paramref name="x"/> of the piece that contains it (the left one at a kink).</summary>
    /// <param name="pieces">Pieces from <see cref="Of"/>, covering x.</param>
    /// <param name="x">A point of the pieces' interval.</param>
    /// <returns>The piecewise-linear function's value.</returns>
    public static double Evaluate(IReadOnlyList<AffinePiece> pieces, double x)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        foreach (var p in pieces) if (x <= p.End) return p.At(x);
        return pieces[^1].At(x);
    }

    private static IReadOnlyList<AffinePiece> Merge(IEnumerable<AffinePiece> pieces)
    {
        var merged = new List<AffinePiece>();
        foreach (var p in pieces)
        {
            if (merged.Count > 0 && SameSlope(merged[^1].Slope, p.Slope))
                merged[^1] = merged[^1] with { End = p.End };
            else merged.Add(p);
        }
        return merged;
    }

    private static bool SameSlope(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static double[] Subtract(double[] a, double[] b) => a.Select((v, i) => v - b[i]).ToArray();
}
