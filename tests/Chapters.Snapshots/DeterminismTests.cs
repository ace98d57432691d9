namespace Chapters.Snapshots;

public sealed class DeterminismTests
{
    [Fact]
    public async Task running_a_chapter_twice_gives_identical_normalised_snapshots()
    {
        var stem = Chapters.Stems[0];

        var first = await Chapters.RunAsync(stem);
        var second = await Chapters.RunAsync(stem);

        Assert.Equal(first, second);
        Assert.Contains("application/vnd.plotly.v1+json", first, StringComparison.Ordinal); // the run really trained and drew
    }
}
