using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Architectures;

/// <summary>A deep fully connected ReLU network of L equal blocks, plain or residual, with the same parameters either way.</summary>
/// <remarks>
/// Berner et al., Section 6 (residual networks, He et al. 2016): an input layer h_0 = W_in x + b_in, then L blocks of
/// width N, then an output layer W_out h_L + b_out. A plain block is h_l = ϱ(W_l h_{l-1} + b_l); a residual block is
/// h_l = h_{l-1} + L^{-1/2}·(W_l ϱ(h_{l-1}) + b_l), the identity plus a scaled correction. The scaling L^{-1/2}
/// keeps the signal bounded as L grows: E‖h_L‖² / E‖h_0‖² → e^{c/2} for W_l ~ N(0, c/N), instead of (c/2)^L for the
/// plain network. Block weights are drawn from N(0, c/N) and block biases start at 0; the input and output layers use
/// TorchSharp's default initialization. Both variants have exactly the same parameters (<see cref="ParameterCount"/>),
/// so any difference in training comes from the skip connections alone. Chapter 05 (architectures).
/// </remarks>
public sealed class DeepNetwork : nn.Module<Tensor, Tensor>
{
    private readonly Linear _input;
    private readonly ModuleList<Linear> _blocks;
    private readonly Linear _output;
    private readonly double _branchScale;

    private DeepNetwork(int inputDim, int width, int depth, int outputDim, bool residual, double variance, ScalarType dtype)
        : base(residual ? "ResidualNetwork" : "PlainNetwork")
    {
        _input = nn.Linear(inputDim, width, dtype: dtype);
        _blocks = new ModuleList<Linear>();
        for (var l = 0; l < depth; l++)
        {
            var block = nn.Linear(width, width, dtype: dtype);
            using (torch.no_grad())
            {
                block.weight!.normal_(0, Math.Sqrt(variance / width));
                block.bias!.zero_();
            }
            _blocks.Add(block);
        }
        _output = nn.Linear(width, outputDim, dtype: dtype);
        Residual = residual;
        _branchScale = 1 / Math.Sqrt(depth);
        register_module("input", _input);
        register_module("blocks", _blocks);
        register_module("output", _output);
    }

    /// <summary>Creates a plain or residual network with seeded initial weights.</summary>
    /// <param name="inputDim">Input dimension d, e.g. 64.</param>
    /// <param name="width">Width N of every block, e.g. 32.</param>
    /// <param name="depth">Number of blocks L, e.g. 30.</param>
    /// <param name="outputDim">Number of outputs k, e.g. 10.</param>
    /// <param name="residual">True for blocks h + L^{-1/2}(W ϱ(h) + b), false for ϱ(W h + b).</param>
    /// <param name="variance">c in W_l ~ N(0, c/N), e.g. 1 (signals halve their energy per plain layer) or 2 (He).</param>
    /// <param name="dtype">Float32 (default) or Float64.</param>
    /// <param name="seed">Seed of the initial weights, e.g. 0; the plain and residual networks of one seed have the same weights.</param>
    /// <returns>The network on the CPU.</returns>
    public static DeepNetwork Create(int inputDim, int width, int depth, int outputDim, bool residual,
        double variance = 2, ScalarType dtype = ScalarType.Float32, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputDim, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(variance);
        torch.manual_seed(seed);
        return new DeepNetwork(inputDim, width, depth, outputDim, residual, variance, dtype);
    }

    /// <summary>The number of weights and biases: (d + 1)·N + L·(N + 1)·N + (N + 1)·k, the same for plain and residual.</summary>
    /// <param name="inputDim">d, e.g. 64.</param>
    /// <param name="width">N, e.g. 32.</param>
    /// <param name="depth">L, e.g. 30.</param>
    /// <param name="outputDim">k, e.g. 10.</param>
    /// <returns>P, e.g. 34 090 for 64 → 32 × 30 → 10.</returns>
    public static long ParameterCount(int inputDim, int width, int depth, int outputDim) =>
        (inputDim + 1L) * width + depth * (width + 1L) * width + (width + 1L) * outputDim;

    /// <summary>True for the residual variant, false for the plain one.</summary>
    public bool Residual { get; }

    /// <summary>The number of blocks L.</summary>
    public int Depth => _blocks.Count;

    /// <summary>The weight matrix W_l of block <paramref name="block"/> (1-based), e.g. to read its gradient after <c>backward()</c>.</summary>
    /// <param name="block">The block l, 1 ≤ l ≤ L.</param>
    /// <returns>The parameter itself (not a copy), shape [N, N].</returns>
    public Parameter BlockWeight(int block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(block, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(block, _blocks.Count);
        return _blocks[block - 1].weight!;
    }

    /// <summary>The network's output for a batch of inputs.</summary>
    /// <param name="x">Inputs, shape [n, d].</param>
    /// <returns>Outputs, shape [n, k].</returns>
    public override Tensor forward(Tensor x)
    {
        var h = _input.call(x); // [n, N]
        foreach (var block in _blocks)
            h = Residual
                ? h + _branchScale * block.call(nn.functional.relu(h)) // identity + L^{-1/2}·correction
                : nn.functional.relu(block.call(h));
        return _output.call(h); // [n, k]
    }
}
