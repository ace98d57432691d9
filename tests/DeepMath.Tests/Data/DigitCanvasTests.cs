using DeepMath.Data;

namespace DeepMath.Tests.Data;

public class DigitCanvasTests
{
    private static LabelledDataset FakeDigits(int n)
    {
        // Synthetic 8 × 8 "digits" (values 0..16) so the test does not depend on the data folder.
        var x = new double[n, 64];
        for (var i = 0; i < n; i++) for (var p = 0; p < 64; p++) x[i, p] = (i * 7 + p * 3) % 17;
        return new LabelledDataset(x, Enumerable.Range(0, n).Select(i => i % 10).ToArray(), 10);
    }

    [Fact]
    public void every_digit_appears_unchanged_and_scaled_somewhere_on_a_blank_canvas()
    {
        var digits = FakeDigits(30);

        var canvas = DigitCanvas.RandomPlacement(digits, side: 12, seed: 1);

        Assert.Equal((30, 144), (canvas.N, canvas.D));
        Assert.Equal(digits.Labels, canvas.Labels);
        var offsets = new HashSet<(int, int)>();
        for (var i = 0; i < digits.N; i++)
        {
            var found = Enumerable.Range(0, 25).Select(o => (dy: o / 5, dx: o % 5)).Where(o =>
                Enumerable.Range(0, 64).All(p => canvas.X[i, (p / 8 + o.dy) * 12 + p % 8 + o.dx] == digits.X[i, p] / 16.0)).ToList();
            Assert.NotEmpty(found);
            offsets.Add(found[0]);
            var total = Enumerable.Range(0, 144).Sum(p => canvas.X[i, p]);
            Assert.Equal(Enumerable.Range(0, 64).Sum(p => digits.X[i, p]) / 16.0, total, 1e-12); // nothing else on the canvas
        }
        Assert.True(offsets.Count > 5, $"offsets vary: {offsets.Count} distinct");
    }

    [Fact]
    public void the_same_seed_gives_the_same_placements_and_side_8_is_the_identity_up_to_scale()
    {
        var digits = FakeDigits(10);

        Assert.Equal(DigitCanvas.RandomPlacement(digits, 11, 4).X, DigitCanvas.RandomPlacement(digits, 11, 4).X);
        Assert.NotEqual(DigitCanvas.RandomPlacement(digits, 11, 4).X, DigitCanvas.RandomPlacement(digits, 11, 5).X);
        var same = DigitCanvas.RandomPlacement(digits, 8, 0);
        Assert.Equal(digits.X.Cast<double>().Select(v => v / 16), same.X.Cast<double>());
    }
}
