using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>Hands out mini-batches: a seeded shuffle of 0..n-1 walked in slices, reshuffled every epoch.</summary>
internal sealed class BatchSampler
{
    private readonly long[] _order;
    private readonly int? _batchSize;
    private readonly Random _random;
    private int _position;

    public BatchSampler(long n, int? batchSize, int seed)
    {
        _order = new long[n];
        for (var i = 0; i < n; i++) _order[i] = i;
        _batchSize = batchSize is null || batchSize >= n ? null : batchSize; // a batch of all samples is the full batch
        _random = new Random(seed);
        _position = _order.Length; // forces a shuffle before the first batch
    }

    /// <summary>The next batch; the full tensors themselves when training full-batch (no copy, nothing to free).</summary>
    public (Tensor X, Tensor Y) Next(Tensor inputs, Tensor targets)
    {
        if (_batchSize is not int size) return (inputs, targets);
        if (_position >= _order.Length)
        {
            _random.Shuffle(_order);
            _position = 0;
        }
        var count = Math.Min(size, _order.Length - _position);
        var index = torch.tensor(_order.AsSpan(_position, count).ToArray(), ScalarType.Int64); // [batch]
        _position += count;
        return (inputs.index_select(0, index), targets.index_select(0, index));
    }
}
