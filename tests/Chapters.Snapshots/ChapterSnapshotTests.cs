using Snapshooter;
using Snapshooter.Xunit;

namespace Chapters.Snapshots;

public sealed class ChapterSnapshotTests
{
    public static TheoryData<string> ChapterStems() => [.. Chapters.Stems];

    [Fact]
    public void there_is_at_least_one_chapter_to_snapshot() =>
        Assert.NotEmpty(Chapters.Stems);

    /// <summary>
    /// Runs the chapter headlessly with the deterministic settings and matches its normalised outputs against
    /// <c>__snapshots__/&lt;stem&gt;.snap</c>. A missing snapshot is written and the test passes (set
    /// <c>SNAPSHOOTER_STRICT_MODE=true</c> to make that a failure, as CI should); a mismatch fails and leaves the new
    /// outputs in <c>__snapshots__/__mismatch__/&lt;stem&gt;.snap</c> (see <c>__snapshots__/README.md</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(ChapterStems))]
    public async Task chapter_outputs_match_their_snapshot(string stem)
    {
        var snapshot = await Chapters.RunAsync(stem);

        Snapshot.Match(snapshot, new SnapshotFullName(stem + ".snap", Chapters.SnapshotOwner));
    }
}
