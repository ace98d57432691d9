using DeepMath.Architectures;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class OneDnnTests
{
    [Fact]
    public void with_onednn_off_a_float32_convolution_is_exactly_im2col_times_the_filters()
    {
        // The reference path libtorch takes without oneDNN: unfold (im2col), then one matrix product per image.
        var before = OneDnn.IsEnabled();
        try
        {
            Assert.True(OneDnn.Disable(), "the kit's Linux libtorch exposes the oneDNN switch");
            Assert.False(OneDnn.IsEnabled());
            using var scope = torch.NewDisposeScope();
            var generator = new torch.Generator(0);
            var x = torch.randn([16, 8, 8, 8], generator: generator);
            var w = torch.randn([16, 8, 3, 3], generator: generator);

            var conv = nn.functional.conv2d(x, w, padding: [1, 1]);
            var im2col = w.view(16, -1).matmul(nn.functional.unfold(x, 3, padding: 1)).view(16, 16, 8, 8);

            Assert.Equal(0, (conv - im2col).abs().max().ToDouble());
        }
        finally
        {
            if (before == true) OneDnn.Enable();
        }
    }

    [Fact]
    public void the_switch_turns_onednn_back_on()
    {
        var before = OneDnn.IsEnabled();
        try
        {
            Assert.True(OneDnn.Enable());
            Assert.True(OneDnn.IsEnabled());
        }
        finally
        {
            if (before == false) OneDnn.Disable();
        }
    }
}
