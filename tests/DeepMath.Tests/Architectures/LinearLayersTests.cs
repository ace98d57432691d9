using DeepMath.Architectures;
using DeepMath.Training;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class LinearLayersTests
{
    [Fact]
    public void read_returns_each_linear_layers_weight_and_bias_in_order()
    {
        using var model = Mlp.Create(3, [4], 2, seed: 1);
        var p = model.named_parameters().ToDictionary(n => n.name, n => Tensors.ToArray(n.parameter));

        var layers = LinearLayers.Read(model);

        Assert.Equal(2, layers.Count);
        Assert.Equal((4, 3), (layers[0].W.GetLength(0), layers[0].W.GetLength(1)));
        Assert.Equal(p["linear1.weight"], layers[0].W.Cast<double>());
        Assert.Equal(p["linear2.bias"], layers[1].B);
    }

    [Fact]
    public void write_then_read_gives_back_the_same_layers_and_the_same_function()
    {
        using var source = Mlp.Create(2, [5, 3], 1, dtype: ScalarType.Float64, seed: 2);
        using var target = Mlp.Create(2, [5, 3], 1, dtype: ScalarType.Float64, seed: 3);
        var layers = LinearLayers.Read(source);

        LinearLayers.Write(target, layers);

        Assert.Equal(layers.SelectMany(l => l.W.Cast<double>()), LinearLayers.Read(target).SelectMany(l => l.W.Cast<double>()));
        var x = new double[,] { { 0.3, -1.2 }, { 2, 0.5 } };
        Assert.Equal(Evaluation.Predict(source, x, ScalarType.Float64).Cast<double>(),
            Evaluation.Predict(target, x, ScalarType.Float64).Cast<double>());
    }

    [Fact]
    public void write_rejects_a_different_number_of_layers_or_shapes()
    {
        using var model = Mlp.Create(2, [5], 1);
        var wrongShape = LinearLayers.Read(Mlp.Create(2, [6], 1));

        Assert.Throws<ArgumentException>(() => LinearLayers.Write(model, wrongShape));
        Assert.Throws<ArgumentException>(() => LinearLayers.Write(model, LinearLayers.Read(model).Take(1).ToList()));
    }
}
