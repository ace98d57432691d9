using DeepMath.Architectures;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// A small fully connected network whose parameters θ are ONE flat vector <c>double[]</c>, with its logistic loss
/// and exact gradient (backpropagation): what loss-landscape probes need, since lines, planes and curves in
/// parameter space are sums of parameter vectors.
/// </summary>
/// <remarks>
/// Layout of θ: for each layer l = 1..L, the weights W_l [N_l, N_(l-1)] row by row, then the biases b_l [N_l]; the
/// output layer is linear with N_L = 1. The loss is the mean logistic loss (1/n) Σ log(1 + exp(-y_i f_θ(x_i))) with
/// labels y_i = ±1. Initialisation follows PyTorch's <c>nn.Linear</c> (uniform on ±1/√N_(l-1)). The gradient is
/// tested against central differences and against TorchSharp's autograd. Paper, Section 5 (loss landscapes).
/// Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class FlatMlp
{
    private readonly int[] _widths;

    /// <summary>A network with the given widths and activation.</summary>
    /// <param name="widths">(N_0, …, N_L) with N_L = 1, e.g. [2, 16, 16, 1].</param>
    /// <param name="activation">Hidden activation σ: <see cref="Activation.Tanh"/> or <see cref="Activation.ReLU"/>.</param>
    public FlatMlp(IReadOnlyList<int> widths, Activation activation = Activation.Tanh)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Count < 2 || widths.Any(w => w < 1) || widths[^1] != 1)
            throw new ArgumentException("Need widths (N_0, …, N_L) ≥ 1 with one output (N_L = 1).", nameof(widths));
        if (activation is not (Activation.Tanh or Activation.ReLU))
            throw new ArgumentOutOfRangeException(nameof(activation), activation, "Use Tanh or ReLU.");
        _widths = widths.ToArray();
        Activation = activation;
        ParameterCount = Enumerable.Range(1, _widths.Length - 1).Sum(l => (_widths[l - 1] + 1) * _widths[l]);
    }

    /// <summary>The widths (N_0, …, N_L).</summary>
    public IReadOnlyList<int> Widths => _widths;

    /// <summary>The hidden activation σ.</summary>
    public Activation Activation { get; }

    /// <summary>The number of parameters P = Σ_l (N_(l-1) + 1) N_l.</summary>
    public int ParameterCount { get; }

    /// <summary>The weight blocks of θ: for each layer, the offset of W_l and its shape [rows = N_l, columns = N_(l-1)].</summary>
    /// <returns>One (offset, rows, columns) per layer; the biases follow each block.</returns>
    public IReadOnlyList<(int Offset, int Rows, int Columns)> WeightBlocks()
    {
        var blocks = new List<(int, int, int)>();
        var offset = 0;
        for (var l = 1; l < _widths.Length; l++)
        {
            blocks.Add((offset, _widths[l], _widths[l - 1]));
            offset += (_widths[l - 1] + 1) * _widths[l];
        }
        return blocks;
    }

    /// <summary>Initial parameters as PyTorch's nn.Linear draws them: uniform on ±1/√N_(l-1) for weights and biases.</summary>
    /// <param name="seed">Seed, e.g. 0 (different seeds give the independent runs of mode connectivity).</param>
    /// <returns>θ_0, length P.</returns>
    public double[] Initialize(int seed)
    {
        var rng = new MersenneTwister(seed);
        var theta = new double[ParameterCount];
        var offset = 0;
        for (var l = 1; l < _widths.Length; l++)
        {
            var bound = 1 / Math.Sqrt(_widths[l - 1]);
            var count = (_widths[l - 1] + 1) * _widths[l];
            for (var k = 0; k < count; k++) theta[offset + k] = (2 * rng.NextDouble() - 1) * bound;
            offset += count;
        }
        return theta;
    }

    /// <summary>The outputs f_θ(x_i), one per row of <paramref name="x"/>.</summary>
    /// <param name="theta">Parameters, length P.</param>
    /// <param name="x">Inputs [n, N_0].</param>
    /// <returns>The outputs, length n.</returns>
    public double[] Predict(double[] theta, double[,] x)
    {
        Validate(theta, x);
        var layers = Buffers();
        return Enumerable.Range(0, x.GetLength(0)).Select(i => Forward(theta, x, i, layers)).ToArray();
    }

    /// <summary>The mean logistic loss (1/n) Σ log(1 + exp(-y_i f_θ(x_i))).</summary>
    /// <param name="theta">Parameters, length P.</param>
    /// <param name="x">Inputs [n, N_0].</param>
    /// <param name="labels">Labels y_i = ±1, length n.</param>
    /// <returns>The loss ≥ 0 (log 2 ≈ 0.693 for the zero function).</returns>
    public double Loss(double[] theta, double[,] x, IReadOnlyList<double> labels) =>
        LossAndGradient(theta, x, labels, gradient: null);

    /// <summary>The mean logistic loss and, when <paramref name="gradient"/> is given, its gradient written into it.</summary>
    /// <param name="theta">Parameters, length P.</param>
    /// <param name="x">Inputs [n, N_0].</param>
    /// <param name="labels">Labels y_i = ±1, length n.</param>
    /// <param name="gradient">Receives ∇_θ loss (length P), or null to skip backpropagation.</param>
    /// <returns>The loss.</returns>
    public double LossAndGradient(double[] theta, double[,] x, IReadOnlyList<double> labels, double[]? gradient)
    {
        Validate(theta, x);
        ArgumentNullException.ThrowIfNull(labels);
        var n = x.GetLength(0);
        if (labels.Count != n) throw new ArgumentException($"Need {n} labels.", nameof(labels));
        if (gradient is not null)
        {
            if (gradient.Length != ParameterCount) throw new ArgumentException($"Gradient needs length {ParameterCount}.");
            Array.Clear(gradient);
        }

        var layers = Buffers();
        var deltas = Buffers();
        var loss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var margin = labels[i] * Forward(theta, x, i, layers);
            loss += Math.Max(-margin, 0) + Math.Log(1 + Math.Exp(-Math.Abs(margin))); // softplus(-margin), stable
            if (gradient is null) continue;
            deltas[^1][0] = -labels[i] / (1 + Math.Exp(margin)) / n; // d loss_i / d f
            Backward(theta, layers, deltas, gradient);
        }
        return loss / n;
    }

    private double Forward(double[] theta, double[,] x, int i, double[][] layers)
    {
        for (var k = 0; k < _widths[0]; k++) layers[0][k] = x[i, k];
        var offset = 0;
        for (var l = 1; l < _widths.Length; l++)
        {
            var (rows, columns) = (_widths[l], _widths[l - 1]);
            var biases = offset + rows * columns;
            for (var r = 0; r < rows; r++)
            {
                var z = theta[biases + r];
                for (var c = 0; c < columns; c++) z += theta[offset + r * columns + c] * layers[l - 1][c];
                layers[l][r] = l == _widths.Length - 1 ? z : Activation == Activation.Tanh ? Math.Tanh(z) : Math.Max(0, z);
            }
            offset = biases + rows;
        }
        return layers[^1][0];
    }

    private void Backward(double[] theta, double[][] layers, double[][] deltas, double[] gradient)
    {
        var offsets = WeightBlocks();
        for (var l = _widths.Length - 1; l >= 1; l--)
        {
            var (offset, rows, columns) = offsets[l - 1];
            for (var r = 0; r < rows; r++)
            {
                var delta = deltas[l][r];
                gradient[offset + rows * columns + r] += delta;
                for (var c = 0; c < columns; c++) gradient[offset + r * columns + c] += delta * layers[l - 1][c];
            }
            if (l == 1) break;
            for (var c = 0; c < columns; c++)
            {
                var back = 0.0;
                for (var r = 0; r < rows; r++) back += theta[offset + r * columns + c] * deltas[l][r];
                var a = layers[l - 1][c];
                deltas[l - 1][c] = back * (Activation == Activation.Tanh ? 1 - a * a : a > 0 ? 1 : 0);
            }
        }
    }

    private double[][] Buffers() => _widths.Select(w => new double[w]).ToArray();

    private void Validate(double[] theta, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(x);
        if (theta.Length != ParameterCount) throw new ArgumentException($"θ needs length {ParameterCount}.", nameof(theta));
        if (x.GetLength(1) != _widths[0]) throw new ArgumentException($"Inputs need {_widths[0]} columns.", nameof(x));
    }
}
