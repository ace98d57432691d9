using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Training;

public class BatchSamplerTests
{
    [Fact]
    public void each_epoch_visits_every_sample_exactly_once_in_a_new_order()
    {
        using var scope = torch.NewDisposeScope();
        var inputs = torch.arange(10, ScalarType.Float64).reshape(10, 1); // sample i has value i
        var targets = torch.arange(10, ScalarType.Int64);
        var sampler = new BatchSampler(10, batchSize: 4, seed: 1);

        var epochs = new List<int[]>();
        for (var epoch = 0; epoch < 2; epoch++)
        {
            var seen = new List<int>();
            foreach (var expectedSize in new[] { 4, 4, 2 })
            {
                var (x, y) = sampler.Next(inputs, targets);
                Assert.Equal(expectedSize, (int)x.shape[0]);
                Assert.Equal(Tensors.ToArray(x).Select(v => (int)v), Tensors.ToLabels(y)); // rows stay paired
                seen.AddRange(Tensors.ToLabels(y));
            }
            Assert.Equal(Enumerable.Range(0, 10), seen.Order());
            epochs.Add(seen.ToArray());
        }
        Assert.NotEqual(epochs[0], epochs[1]);
    }

    [Fact]
    public void without_a_batch_size_every_step_sees_the_full_tensors()
    {
        using var scope = torch.NewDisposeScope();
        var inputs = torch.zeros(5, 2);
        var targets = torch.zeros(5);

        var (x, y) = new BatchSampler(5, batchSize: null, seed: 0).Next(inputs, targets);

        Assert.Same(inputs, x);
        Assert.Same(targets, y);
    }
}
