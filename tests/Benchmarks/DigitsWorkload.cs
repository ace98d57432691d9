using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Benchmarks;

/// <summary>
/// The training workload the throughput and memory benchmarks share, so that their figures describe one model: the
/// digits scaled to [0, 1] (<see cref="X"/> [1797, 64], <see cref="Y"/> [1797]), the chapters' MLP
/// 64 → 256 → 256 → 10, Adam at <see cref="LearningRate"/>, batches of <see cref="BatchSize"/>.
/// </summary>
internal sealed class DigitsWorkload : IDisposable
{
    public const string Description = "64 → 256 → 256 → 10 on digits";
    public const int BatchSize = 128;
    public const double LearningRate = 1e-3;

    public DigitsWorkload()
    {
        var digits = Digits.Load();
        X = Tensors.ToTensor(digits.X).div_(16.0);
        Y = Tensors.ToTensor(digits.Labels);
    }

    public Tensor X { get; }

    public Tensor Y { get; }

    /// <summary>A freshly initialized model, the same on every call (seed 0).</summary>
    public static Sequential NewModel() => Mlp.Create(64, [256, 256], 10, seed: 0);

    public void Dispose()
    {
        X.Dispose();
        Y.Dispose();
    }
}
