using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class CnnTests
{
    [Theory]
    [InlineData(12, 8, 16, 10, 2698)] // 10·8 + 73·16 + (16·9 + 1)·10
    [InlineData(8, 4, 8, 10, 666)]    // 10·4 + 37·8 + (8·4 + 1)·10
    [InlineData(13, 2, 3, 2, 133)]    // side 13 pools to 6 then 3: 20 + 19·3 + (3·9 + 1)·2
    public void the_parameter_count_formula_matches_the_module(int side, int c1, int c2, int k, long expected)
    {
        using var model = Cnn.Create(side, c1, c2, k);

        Assert.Equal(expected, Cnn.ParameterCount(side, c1, c2, k));
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void the_cnn_maps_rows_of_pixels_to_logits_and_is_seeded()
    {
        using var scope = torch.NewDisposeScope();
        using var a = Cnn.Create(12, 8, 16, 10, seed: 3);
        using var b = Cnn.Create(12, 8, 16, 10, seed: 3);
        var x = torch.rand(5, 144, generator: new torch.Generator(1));

        var logits = a.call(x);

        Assert.Equal(new long[] { 5, 10 }, logits.shape);
        Assert.Equal(Tensors.ToArray(logits), Tensors.ToArray(b.call(x)));
        Assert.Equal(new[] { "unflatten", "conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "flatten", "linear" }, a.named_children().Select(c => c.name));
    }

    [Fact]
    public void with_circular_padding_the_feature_maps_before_pooling_are_shift_equivariant()
    {
        using var scope = torch.NewDisposeScope();
        using var model = Cnn.Create(8, 4, 4, 10, PaddingModes.Circular, ScalarType.Float64, seed: 0);
        var conv1 = model.named_children().First(c => c.name == "conv1").module as nn.Module<Tensor, Tensor>;
        var x = torch.rand([3, 1, 8, 8], ScalarType.Float64, generator: new torch.Generator(2));

        var difference = conv1!.call(x.roll([2, 5], [2, 3])) - conv1.call(x).roll([2, 5], [2, 3]);

        Assert.True(difference.abs().max().ToDouble() < 1e-12);
    }
}
