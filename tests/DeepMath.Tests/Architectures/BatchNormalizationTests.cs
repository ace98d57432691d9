using CsCheck;
using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class BatchNormalizationTests
{
    // Random batches plus a ramp down the rows, so that no column is constant (a constant column has no variance).
    private static readonly Gen<double[,]> Batch = Gen.Double[-3, 3].Array2D[8, 4].Select(z =>
    {
        for (var i = 0; i < 8; i++) for (var j = 0; j < 4; j++) z[i, j] += 0.5 * i;
        return z;
    });

    [Fact]
    public void every_column_gets_mean_zero_and_variance_one()
    {
        Batch.Sample(z =>
        {
            var y = BatchNormalization.Normalize(z);
            for (var j = 0; j < 4; j++)
            {
                var column = Enumerable.Range(0, 8).Select(i => y[i, j]).ToArray();
                Assert.Equal(0, column.Average(), 1e-12);
                Assert.Equal(1, column.Average(v => v * v), 1e-12);
            }
        });
    }

    [Fact]
    public void scaling_and_shifting_a_column_changes_nothing_when_eps_is_zero()
    {
        Gen.Select(Batch, Gen.Double[0.01, 100], Gen.Double[-5, 5]).Sample((z, alpha, shift) =>
        {
            var moved = new double[8, 4];
            for (var i = 0; i < 8; i++) for (var j = 0; j < 4; j++) moved[i, j] = alpha * z[i, j] + shift * j;
            var (a, b) = (BatchNormalization.Normalize(z), BatchNormalization.Normalize(moved));
            for (var i = 0; i < 8; i++) for (var j = 0; j < 4; j++) Assert.Equal(a[i, j], b[i, j], 1e-9);
        });
    }

    [Fact]
    public void it_matches_torch_batch_norm_in_training_mode_with_and_without_eps()
    {
        Gen.Select(Batch, Gen.Int[0, 2]).Sample((z, which) =>
        {
            var eps = new[] { 0.0, 1e-5, 0.1 }[which];
            using var scope = torch.NewDisposeScope();
            var expected = Tensors.ToArray2D(nn.functional.batch_norm(Tensors.ToTensor(z, ScalarType.Float64), null, null, training: true, eps: eps));
            var actual = BatchNormalization.Normalize(z, eps);
            for (var i = 0; i < 8; i++) for (var j = 0; j < 4; j++) Assert.Equal(expected[i, j], actual[i, j], 1e-12);
        }, iter: 30);
    }

    [Fact]
    public void a_single_row_has_no_variance()
    {
        Assert.Throws<ArgumentException>(() => BatchNormalization.Normalize(new double[1, 3]));
    }
}
