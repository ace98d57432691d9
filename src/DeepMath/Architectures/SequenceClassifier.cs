using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>A one-layer recurrent network (vanilla or LSTM) that reads a sequence and classifies it from its last hidden state.</summary>
/// <remarks>
/// Berner et al., Section 6 (recurrent neural networks): the same cell is applied at every step, h_t = F(x_t, h_{t-1}),
/// so a recurrent network is a very deep network with shared weights, and gradients reaching step 1 from step T are
/// products of T Jacobians. The LSTM (Hochreiter and Schmidhuber 1997) adds a cell state c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
/// whose Jacobian along the memory path is diag(f_t): with the forget gate f_t near 1 the memory and its gradient
/// persist (the "constant error carousel"). Its forget-gate bias b_f sets f_t ≈ σ(b_f) at initialization (Gers,
/// Schmidhuber and Cummins 2000 suggest a positive value). Inputs arrive flat, [n, T·F], as <c>Data.FirstSymbolTask</c>
/// stores them, and are viewed as [n, T, F]. Chapter 05 (architectures).
/// </remarks>
public sealed class SequenceClassifier : nn.Module<Tensor, Tensor>
{
    private readonly RNN? _vanilla;
    private readonly LSTM? _lstm;
    private readonly Linear _readout;
    private readonly int _features;

    private SequenceClassifier(RecurrentCell cell, int features, int hidden, int classes, double forgetBias) : base($"{cell}Classifier")
    {
        _features = features;
        if (cell == RecurrentCell.Lstm)
        {
            _lstm = nn.LSTM(features, hidden, batchFirst: true);
            using var noGrad = torch.no_grad();
            // TorchSharp (like PyTorch) orders the gates (input, forget, cell, output) in blocks of `hidden` rows.
            _lstm.get_parameter("bias_ih_l0")![TensorIndex.Slice(hidden, 2 * hidden)].fill_(forgetBias);
            _lstm.get_parameter("bias_hh_l0")![TensorIndex.Slice(hidden, 2 * hidden)].fill_(0);
            register_module("lstm", _lstm);
        }
        else
        {
            _vanilla = nn.RNN(features, hidden, batchFirst: true);
            register_module("rnn", _vanilla);
        }
        _readout = nn.Linear(hidden, classes);
        register_module("readout", _readout);
        Cell = cell;
    }

    /// <summary>Creates the classifier with seeded initial weights (TorchSharp's defaults, except the LSTM's forget-gate bias).</summary>
    /// <param name="cell">Vanilla RNN or LSTM.</param>
    /// <param name="features">Features per step F, e.g. 8 for <c>FirstSymbolTask</c> with k = 4.</param>
    /// <param name="hidden">Hidden units N, e.g. 16.</param>
    /// <param name="classes">Outputs k, e.g. 4.</param>
    /// <param name="forgetBias">The LSTM's forget-gate bias b_f at initialization, e.g. 8 (σ(8) ≈ 0.9997); ignored for the vanilla cell.</param>
    /// <param name="seed">Seed of the initial weights, e.g. 0.</param>
    /// <returns>The float32 network on the CPU.</returns>
    public static SequenceClassifier Create(RecurrentCell cell, int features, int hidden, int classes, double forgetBias = 0, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        torch.manual_seed(seed);
        return new SequenceClassifier(cell, features, hidden, classes, forgetBias);
    }

    /// <summary>The number of weights and biases: vanilla N(F + N + 2) + (N + 1)k; LSTM 4N(F + N + 2) + (N + 1)k.</summary>
    /// <param name="cell">Vanilla RNN or LSTM.</param>
    /// <param name="features">F, e.g. 8.</param>
    /// <param name="hidden">N, e.g. 16.</param>
    /// <param name="classes">k, e.g. 4.</param>
    /// <returns>P, e.g. 484 (vanilla) or 1 732 (LSTM) for F = 8, N = 16, k = 4.</returns>
    /// <remarks>Like PyTorch, TorchSharp gives each cell two bias vectors (b_ih and b_hh), hence the "+ 2".</remarks>
    public static long ParameterCount(RecurrentCell cell, int features, int hidden, int classes)
    {
        var gates = cell == RecurrentCell.Lstm ? 4L : 1L;
        return gates * hidden * (features + hidden + 2L) + (hidden + 1L) * classes;
    }

    /// <summary>The recurrent cell.</summary>
    public RecurrentCell Cell { get; }

    /// <summary>The logits after reading the whole sequence.</summary>
    /// <param name="x">Sequences, shape [n, T·F], step after step.</param>
    /// <returns>Logits, shape [n, k], computed from the hidden state after the last step.</returns>
    public override Tensor forward(Tensor x)
    {
        var steps = x.view(x.shape[0], -1, _features); // [n, T, F]
        var states = _lstm is not null ? _lstm.call(steps).Item1 : _vanilla!.call(steps).Item1; // [n, T, N]
        return _readout.call(states[.., -1]);            // [n, k]
    }
}
