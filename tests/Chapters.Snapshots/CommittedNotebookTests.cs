using System.Text.RegularExpressions;
using Notebooks.Documents;

namespace Chapters.Snapshots;

/// <summary>
/// Committed chapters are clean and reproducible (STYLE lesson 12): no outputs or execution counts, every
/// <c>#r "nuget: ..."</c> pinned, and the same first cell in every chapter bringing the kit's library.
/// </summary>
public sealed partial class CommittedNotebookTests
{
    /// <summary>The first code cell of every chapter (CHAPTERS.md, "Files").</summary>
    private const string LibraryCell = "#i \"nuget: ../artifacts/packages\"\n#r \"nuget: DeepMath, 0.1.0\"";

    public static TheoryData<string> ChapterStems() => [.. Chapters.Stems];

    [Theory]
    [MemberData(nameof(ChapterStems))]
    public void committed_chapter_has_no_outputs_and_no_execution_counts(string stem)
    {
        var notebook = Load(stem);
        foreach (var cell in notebook.Cells.Code)
        {
            Assert.True(cell.Outputs.Count == 0, $"{stem}: cell {cell.Index + 1} has outputs; clear them before committing");
            Assert.True(cell.ExecutionCount is null, $"{stem}: cell {cell.Index + 1} has an execution count");
        }
    }

    [Theory]
    [MemberData(nameof(ChapterStems))]
    public void every_nuget_reference_is_pinned_to_a_version(string stem)
    {
        foreach (var cell in Load(stem).Cells.Code)
        {
            foreach (Match reference in NugetReference().Matches(cell.Source))
            {
                var version = reference.Groups["version"].Value.Trim();
                Assert.True(
                    Regex.IsMatch(version, @"^\d+(\.\d+)+(-[0-9A-Za-z.-]+)?$"),
                    $"{stem}: cell {cell.Index + 1}: '{reference.Value}' is not pinned to an exact version");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ChapterStems))]
    public void the_first_code_cell_brings_the_kits_library_the_same_way_in_every_chapter(string stem)
    {
        var first = Load(stem).Cells.Code.First();
        Assert.Equal(LibraryCell, first.Source.Replace("\r\n", "\n").Trim());
    }

    private static Notebook Load(string stem) => Notebook.Load(Path.Combine(Chapters.Folder, stem + ".ipynb"));

    [GeneratedRegex(@"^#r\s+""nuget:\s*[^,""]+(,(?<version>[^""]*))?""", RegexOptions.Multiline)]
    private static partial Regex NugetReference();
}
