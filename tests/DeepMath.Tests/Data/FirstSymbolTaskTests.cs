using DeepMath.Data;

namespace DeepMath.Tests.Data;

public class FirstSymbolTaskTests
{
    [Fact]
    public void each_step_is_one_hot_and_the_label_is_the_first_symbol()
    {
        var data = FirstSymbolTask.Sample(200, length: 6, symbols: 3, seed: 0);

        Assert.Equal((200, 36, 3), (data.N, data.D, data.Classes));
        for (var i = 0; i < data.N; i++)
        {
            for (var t = 0; t < 6; t++)
            {
                var step = Enumerable.Range(0, 6).Select(c => data.X[i, t * 6 + c]).ToArray();
                Assert.Equal(1, step.Sum());
                var hot = Array.IndexOf(step, 1.0);
                if (t == 0) Assert.Equal(data.Labels[i], hot);   // the symbol to remember, channels 0..k-1
                else Assert.InRange(hot, 3, 5);                  // distractors, channels k..2k-1
            }
        }
        Assert.All(data.ClassCounts(), c => Assert.InRange(c, 45, 90));
    }

    [Fact]
    public void the_same_seed_gives_the_same_sequences()
    {
        Assert.Equal(FirstSymbolTask.Sample(10, 4, 2, 5).X, FirstSymbolTask.Sample(10, 4, 2, 5).X);
        Assert.NotEqual(FirstSymbolTask.Sample(10, 4, 2, 5).X, FirstSymbolTask.Sample(10, 4, 2, 6).X);
    }
}
