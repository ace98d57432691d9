using CsCheck;
using DeepMath.Architectures;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class ConvolutionTests
{
    private static readonly Gen<double[,]> Image8 = Gen.Double[-1, 1].Array2D[8, 8];
    private static readonly Gen<double[,]> Kernel3 = Gen.Double[-1, 1].Array2D[3, 3];

    [Fact]
    public void circular_convolution_matches_torch_conv2d_with_circular_padding()
    {
        // Oracle: TorchSharp's own float64 convolution (libtorch's kernels), an independent implementation.
        Gen.Select(Image8, Kernel3).Sample((image, kernel) =>
        {
            using var scope = torch.NewDisposeScope();
            var x = Tensors.ToTensor(image, ScalarType.Float64).view(1, 1, 8, 8);
            var padded = nn.functional.pad(x, [1, 1, 1, 1], PaddingModes.Circular);
            var expected = Tensors.ToArray2D(nn.functional.conv2d(padded, Tensors.ToTensor(kernel, ScalarType.Float64).view(1, 1, 3, 3)).view(8, 8));
            var actual = Convolution.Circular(image, kernel);
            for (var i = 0; i < 8; i++) for (var j = 0; j < 8; j++) Assert.Equal(expected[i, j], actual[i, j], 1e-12);
        }, iter: 50);
    }

    [Fact]
    public void circular_convolution_commutes_with_every_translation()
    {
        Gen.Select(Image8, Kernel3, Gen.Int[-9, 9], Gen.Int[-9, 9]).Sample((image, kernel, dy, dx) =>
        {
            var left = Convolution.Circular(Convolution.Shift(image, dy, dx), kernel);
            var right = Convolution.Shift(Convolution.Circular(image, kernel), dy, dx);
            for (var i = 0; i < 8; i++) for (var j = 0; j < 8; j++) Assert.Equal(right[i, j], left[i, j], 1e-12);
        }, iter: 100);
    }

    [Fact]
    public void a_delta_filter_is_the_identity_and_an_off_centre_delta_a_shift()
    {
        var image = new double[4, 5];
        for (var i = 0; i < 4; i++) for (var j = 0; j < 5; j++) image[i, j] = 10 * i + j;
        var centre = new double[3, 3];
        centre[1, 1] = 1;
        var right = new double[3, 3];
        right[1, 2] = 1; // y[i, j] = x[i, j + 1]: the image moves one column to the left

        Assert.Equal(image, Convolution.Circular(image, centre));
        Assert.Equal(Convolution.Shift(image, 0, -1), Convolution.Circular(image, right));
    }

    [Fact]
    public void shifting_by_the_image_size_is_the_identity_and_shifts_compose()
    {
        Gen.Select(Image8, Gen.Int[-5, 5], Gen.Int[-5, 5]).Sample((image, a, b) =>
        {
            Assert.Equal(image, Convolution.Shift(image, 8, -8));
            Assert.Equal(Convolution.Shift(image, a + b, b - a), Convolution.Shift(Convolution.Shift(image, a, b), b, -a));
        });
    }

    [Fact]
    public void the_shift_moves_pixel_0_0_to_dy_dx()
    {
        var image = new double[3, 4];
        image[0, 0] = 1;

        var moved = Convolution.Shift(image, 1, 2);

        Assert.Equal(1, moved[1, 2]);
        Assert.Equal(1, moved.Cast<double>().Sum());
    }

    [Fact]
    public void max_pooling_matches_torch_and_global_averaging_is_shift_invariant()
    {
        Gen.Select(Image8, Gen.Int[0, 7], Gen.Int[0, 7]).Sample((image, dy, dx) =>
        {
            using var scope = torch.NewDisposeScope();
            var expected = Tensors.ToArray2D(nn.functional.max_pool2d(Tensors.ToTensor(image, ScalarType.Float64).view(1, 1, 8, 8), 2).view(4, 4));
            Assert.Equal(expected, Convolution.MaxPool(image, 2));
            Assert.Equal(Convolution.GlobalAverage(image), Convolution.GlobalAverage(Convolution.Shift(image, dy, dx)), 1e-14);
        }, iter: 50);
    }

    [Fact]
    public void a_row_of_pixels_becomes_an_image_row_by_row()
    {
        var image = Convolution.AsImage([1, 2, 3, 4, 5, 6, 7, 8, 9], 3);

        Assert.Equal(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, image);
        Assert.Throws<ArgumentException>(() => Convolution.AsImage([1, 2, 3], 2));
        Assert.Throws<ArgumentException>(() => Convolution.Circular(image, new double[2, 2]));
    }
}
