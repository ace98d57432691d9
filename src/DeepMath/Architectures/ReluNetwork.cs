using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Architectures;

/// <summary>
/// A feed-forward ReLU network as plain arrays: weights W_l (N_l × N_{l-1}) and biases b_l (N_l), realized by
/// Φ(x) = W_L ϱ(W_{L-1} ⋯ ϱ(W_1 x + b_1) ⋯ + b_{L-1}) + b_L with ϱ(t) = max(t, 0).
/// </summary>
/// <remarks>
/// Berner et al., Section 1 (the definition of a neural network): the architecture is the widths (N_0, …, N_L) with the
/// activation ϱ, the parameters θ are the W_l and b_l, and the realization Φ_a(·, θ) is the function they compute.
/// No tensors: the kit's TorchSharp networks are converted with <c>LinearLayers.Read</c>, and chapter 00
/// (foundations) checks that both compute the same function. The arrays are copied, so a network never changes.
/// </remarks>
public sealed class ReluNetwork
{
    private readonly double[][,] _weights;
    private readonly double[][] _biases;

    /// <summary>Creates a network from its layers, first to last.</summary>
    /// <param name="layers">The affine maps (W_l, b_l), l = 1..L, with W_l of shape N_l × N_{l-1}; e.g. two layers for 1 → 8 → 1.</param>
    /// <exception cref="ArgumentException">When there are no layers or the shapes do not chain.</exception>
    public ReluNetwork(IEnumerable<(double[,] W, double[] B)> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var list = layers.ToList();
        if (list.Count == 0) throw new ArgumentException("A network has at least one layer.", nameof(layers));
        for (var l = 0; l < list.Count; l++)
        {
            var (w, b) = list[l];
            ArgumentNullException.ThrowIfNull(w);
            ArgumentNullException.ThrowIfNull(b);
            if (w.GetLength(0) != b.Length)
                throw new ArgumentException($"Layer {l + 1}: W has {w.GetLength(0)} rows but b has {b.Length} entries.", nameof(layers));
            if (l > 0 && w.GetLength(1) != list[l - 1].W.GetLength(0))
                throw new ArgumentException($"Layer {l + 1}: W has {w.GetLength(1)} columns but layer {l} has {list[l - 1].W.GetLength(0)} outputs.", nameof(layers));
        }
        _weights = list.Select(p => (double[,])p.W.Clone()).ToArray();
        _biases = list.Select(p => (double[])p.B.Clone()).ToArray();
        Widths = [_weights[0].GetLength(1), .. _weights.Select(w => w.GetLength(0))];
    }

    /// <summary>The widths (N_0, …, N_L): input dimension d = N_0, hidden widths, output dimension N_L.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>The depth L: the number of affine layers (hidden layers + 1).</summary>
    public int Depth => _weights.Length;

    /// <summary>The number of parameters, counted entry by entry in the stored W_l and b_l.</summary>
    public long ParameterCount => _weights.Sum(w => (long)w.Length) + _biases.Sum(b => (long)b.Length);

    /// <summary>Copies of the layers (W_l, b_l), l = 1..L, e.g. to load them into a TorchSharp network with <c>LinearLayers.Write</c>.</summary>
    public IReadOnlyList<(double[,] W, double[] B)> Layers =>
        _weights.Select((w, l) => ((double[,])w.Clone(), (double[])_biases[l].Clone())).ToArray();

    /// <summary>A copy of the weight matrix W_l of layer <paramref name="layer"/> (1-based, as in the paper).</summary>
    /// <param name="layer">The layer l, 1 ≤ l ≤ L.</param>
    /// <returns>W_l, of shape N_l × N_{l-1}.</returns>
    public double[,] Weight(int layer) => (double[,])_weights[Index(layer)].Clone();

    /// <summary>A copy of the bias vector b_l of layer <paramref name="layer"/> (1-based).</summary>
    /// <param name="layer">The layer l, 1 ≤ l ≤ L.</param>
    /// <returns>b_l, of length N_l.</returns>
    public double[] Bias(int layer) => (double[])_biases[Index(layer)].Clone();

    /// <summary>The formula P(N) = Σ_{l=1..L} (N_{l-1} + 1)·N_l for the parameter count of an architecture.</summary>
    /// <param name="widths">The widths (N_0, …, N_L), e.g. [1, 32, 32, 1] (P = 1153).</param>
    /// <returns>The number of weights and biases.</returns>
    /// <remarks>Berner et al., Section 1; chapter 00 checks it against arrays, <c>Mlp.ParameterCount</c> and TorchSharp.</remarks>
    public static long ParameterCountOf(IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Count < 2 || widths.Any(n => n < 1)) throw new ArgumentException("Need at least two positive widths (N_0, N_1).", nameof(widths));
        long p = 0;
        for (var l = 1; l < widths.Count; l++) p += (widths[l - 1] + 1L) * widths[l];
        return p;
    }

    /// <summary>The realization Φ(x): affine maps with ϱ = ReLU after every layer but the last.</summary>
    /// <param name="x">An input of length N_0 = d.</param>
    /// <returns>The output, of length N_L.</returns>
    public double[] Evaluate(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Widths[0]) throw new ArgumentException($"Expected {Widths[0]} inputs, got {x.Length}.", nameof(x));
        var h = x;
        for (var l = 0; l < Depth; l++)
        {
            h = Affine(l, h);
            if (l < Depth - 1) for (var i = 0; i < h.Length; i++) h[i] = Math.Max(h[i], 0);
        }
        return h;
    }

    /// <summary>The realization of a network with one input and one output, as a number.</summary>
    /// <param name="x">The input, e.g. a point of [-1, 1].</param>
    /// <returns>Φ(x).</returns>
    /// <exception cref="InvalidOperationException">When N_0 ≠ 1 or N_L ≠ 1.</exception>
    public double Evaluate(double x)
    {
        if (Widths[0] != 1 || Widths[^1] != 1) throw new InvalidOperationException("Scalar evaluation needs N_0 = N_L = 1.");
        return Evaluate([x])[0];
    }

    /// <summary>The pre-activations W_l h + b_l of layer <paramref name="layer"/> (0-based) at the hidden vector h.</summary>
    /// <param name="layer">The 0-based layer index.</param>
    /// <param name="h">The layer's input, of length N_{layer}.</param>
    /// <returns>A new array of length N_{layer+1}.</returns>
    internal double[] Affine(int layer, double[] h)
    {
        var (w, b) = (_weights[layer], _biases[layer]);
        var z = new double[b.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var s = b[i];
            for (var j = 0; j < h.Length; j++) s += w[i, j] * h[j];
            z[i] = s;
        }
        return z;
    }

    /// <summary>A random network with He-scaled Gaussian weights W ~ N(0, 2/N_{l-1}) and biases N(0, biasScale²).</summary>
    /// <param name="widths">The widths (N_0, …, N_L), e.g. [1, 8, 8, 1].</param>
    /// <param name="seed">Seed, e.g. 0; the same seed gives the same network.</param>
    /// <param name="biasScale">Standard deviation of the biases, e.g. 0.5 (non-zero, so the kinks spread out).</param>
    /// <returns>The network.</returns>
    /// <remarks>He et al. (2015) scaling keeps the signal's size from layer to layer; chapter 00 counts the pieces of such networks.</remarks>
    public static ReluNetwork Random(IReadOnlyList<int> widths, int seed, double biasScale = 0.5)
    {
        ParameterCountOf(widths); // validates
        var rng = new MersenneTwister(seed);
        var layers = new List<(double[,], double[])>();
        for (var l = 1; l < widths.Count; l++)
        {
            var sd = Math.Sqrt(2.0 / widths[l - 1]);
            var w = new double[widths[l], widths[l - 1]];
            for (var i = 0; i < widths[l]; i++)
                for (var j = 0; j < widths[l - 1]; j++)
                    w[i, j] = Normal.Sample(rng, 0, sd);
            var b = Enumerable.Range(0, widths[l]).Select(_ => Normal.Sample(rng, 0, biasScale)).ToArray();
            layers.Add((w, b));
        }
        return new ReluNetwork(layers);
    }

    /// <summary>Describes the architecture, e.g. "ReluNetwork 1 → 8 → 1 (L = 2, P = 25)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"ReluNetwork {string.Join(" → ", Widths)} (L = {Depth}, P = {ParameterCount})";

    private int Index(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, Depth);
        return layer - 1;
    }
}
