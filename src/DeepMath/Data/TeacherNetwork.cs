using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>A random ReLU network used as ground truth (a "teacher"): its outputs give regression targets or class labels.</summary>
/// <remarks>
/// The realization Φ(x) = W_L ϱ(… ϱ(W_1 x + b_1) …) + b_L of Berner et al., Section 1.1 (architecture a = ((N_0, …,
/// N_L), ϱ)), with ϱ = ReLU, weights W_l ~ N(0, 2/N_{l-1}) (He initialization) and biases b_l ~ N(0, biasStd²).
/// Pure MathNet, no tensors: a teacher is a target function whose complexity we control exactly, so a student network
/// of the same architecture can in principle reach zero error.
/// </remarks>
public sealed class TeacherNetwork
{
    private readonly Matrix<double>[] _weights;
    private readonly Vector<double>[] _biases;

    private TeacherNetwork(int[] widths, Matrix<double>[] weights, Vector<double>[] biases)
    {
        Widths = widths;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>Layer widths (N_0, …, N_L): input dimension d, hidden widths, output dimension.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>Weight matrices W_l, shape [N_l, N_{l-1}], l = 1..L.</summary>
    public IReadOnlyList<Matrix<double>> Weights => _weights;

    /// <summary>Bias vectors b_l, length N_l, l = 1..L.</summary>
    public IReadOnlyList<Vector<double>> Biases => _biases;

    /// <summary>Input dimension d = N_0.</summary>
    public int InputDimension => Widths[0];

    /// <summary>Output dimension N_L.</summary>
    public int OutputDimension => Widths[^1];

    /// <summary>Draws a teacher with the given widths from a seed.</summary>
    /// <param name="widths">(N_0, …, N_L), at least two entries, e.g. [8, 32, 32, 1] for d = 8, two hidden layers of 32, one output.</param>
    /// <param name="seed">Random seed, e.g. 0; the same seed gives the same weights.</param>
    /// <param name="biasStd">Standard deviation of the biases, e.g. 0.1.</param>
    /// <returns>The teacher.</returns>
    public static TeacherNetwork Create(IReadOnlyList<int> widths, int seed, double biasStd = 0.1)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Count < 2 || widths.Any(w => w < 1))
            throw new ArgumentException("Need at least an input and an output width, all positive.", nameof(widths));
        ArgumentOutOfRangeException.ThrowIfNegative(biasStd);
        var rng = new MersenneTwister(seed);
        var layers = widths.Count - 1;
        var weights = new Matrix<double>[layers];
        var biases = new Vector<double>[layers];
        for (var l = 0; l < layers; l++)
        {
            var he = new Normal(0, Math.Sqrt(2.0 / widths[l]), rng);
            weights[l] = Matrix<double>.Build.Random(widths[l + 1], widths[l], he);
            biases[l] = biasStd == 0
                ? Vector<double>.Build.Dense(widths[l + 1])
                : Vector<double>.Build.Random(widths[l + 1], new Normal(0, biasStd, rng));
        }
        return new TeacherNetwork(widths.ToArray(), weights, biases);
    }

    /// <summary>The network's output Φ(x) for one input.</summary>
    /// <param name="x">Input of length d.</param>
    /// <returns>Output of length N_L.</returns>
    public double[] Evaluate(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != InputDimension) throw new ArgumentException($"Expected {InputDimension} inputs, got {x.Length}.", nameof(x));
        var a = Vector<double>.Build.DenseOfArray(x);
        for (var l = 0; l < _weights.Length; l++)
        {
            a = _weights[l] * a + _biases[l];
            if (l < _weights.Length - 1) a.MapInplace(v => Math.Max(v, 0)); // ϱ on hidden layers only
        }
        return a.ToArray();
    }

    /// <summary>The first output coordinate as a function, for use as a regression target.</summary>
    /// <returns>x ↦ Φ(x)_0.</returns>
    public Func<double[], double> AsFunction() => x => Evaluate(x)[0];

    /// <summary>A regression sample y = Φ(x)_0 + noise·ε with inputs from <paramref name="inputs"/>.</summary>
    /// <param name="n">Number of samples, e.g. 1000.</param>
    /// <param name="noise">Standard deviation of the label noise, e.g. 0.1; 0 for a realizable problem.</param>
    /// <param name="seed">Seed of the inputs and noise (independent of the teacher's seed), e.g. 1.</param>
    /// <param name="inputs">Input distribution; default standard Gaussian.</param>
    /// <returns>A data set with X of shape [n, d].</returns>
    public Dataset Regression(int n, double noise, int seed, InputDistribution inputs = InputDistribution.Gaussian) =>
        Data.Regression.Sample(AsFunction(), n, InputDimension, noise, seed, inputs);

    /// <summary>A classification sample labelled by the teacher's arg-max output; needs N_L ≥ 2 outputs (k = N_L classes).</summary>
    /// <param name="n">Number of samples, e.g. 1000.</param>
    /// <param name="seed">Seed of the inputs (independent of the teacher's seed), e.g. 1.</param>
    /// <param name="inputs">Input distribution; default standard Gaussian.</param>
    /// <returns>A labelled data set with X of shape [n, d]; classes need not be balanced.</returns>
    public LabelledDataset Classification(int n, int seed, InputDistribution inputs = InputDistribution.Gaussian)
    {
        if (OutputDimension < 2) throw new InvalidOperationException("Labels need a teacher with at least two outputs (one per class).");
        var x = Data.Regression.Inputs(n, InputDimension, inputs, new MersenneTwister(seed));
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var output = Evaluate(Rows.Row(x, i));
            labels[i] = Array.IndexOf(output, output.Max());
        }
        return new LabelledDataset(x, labels, OutputDimension);
    }
}
