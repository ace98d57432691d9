using CsCheck;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Training;

public class TensorsTests
{
    [Fact]
    public void a_matrix_round_trips_exactly_through_a_float64_tensor()
    {
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 10]).SelectMany((rows, cols) => Gen.Double[-1e6, 1e6].Array2D[rows, cols]).Sample(x =>
        {
            using var t = Tensors.ToTensor(x, ScalarType.Float64);

            Assert.Equal(ScalarType.Float64, t.dtype);
            Assert.Equal(new long[] { x.GetLength(0), x.GetLength(1) }, t.shape);
            Assert.Equal(x, Tensors.ToArray2D(t));
        }, iter: 50);
    }

    [Fact]
    public void a_float32_tensor_keeps_values_to_single_precision_in_row_major_order()
    {
        double[,] x = { { 1.0 / 3, 2 }, { -5e-3, 1e7 + 1 } };
        using var t = Tensors.ToTensor(x);

        Assert.Equal(ScalarType.Float32, t.dtype);
        var back = Tensors.ToArray(t);
        Assert.Equal(new[] { (double)(1f / 3), 2, (double)-5e-3f, 1e7 + 1 }, back);
        Assert.Equal(1.0 / 3, back[0], 1e-7);
    }

    [Fact]
    public void vectors_and_labels_become_1d_tensors_of_the_right_type()
    {
        using var y = Tensors.ToTensor([0.5, 1.5, -2.0], ScalarType.Float64);
        using var labels = Tensors.ToTensor([2, 0, 9]);

        Assert.Equal(ScalarType.Float64, y.dtype);
        Assert.Equal(new long[] { 3 }, y.shape);
        Assert.Equal(new[] { 0.5, 1.5, -2.0 }, Tensors.ToArray(y));
        Assert.Equal(ScalarType.Int64, labels.dtype);
        Assert.Equal(new[] { 2, 0, 9 }, Tensors.ToLabels(labels));
    }

    [Fact]
    public void to_array_reads_tensors_that_require_grad_and_frees_its_temporaries()
    {
        using var w = torch.ones(2, 3, requires_grad: true);
        var live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        var values = Tensors.ToArray(w);

        Assert.Equal(Enumerable.Repeat(1.0, 6), values);
        Assert.Equal(live, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void to_array_2d_rejects_tensors_that_are_not_matrices()
    {
        using var v = torch.zeros(4);

        Assert.Throws<ArgumentException>(() => Tensors.ToArray2D(v));
    }
}
