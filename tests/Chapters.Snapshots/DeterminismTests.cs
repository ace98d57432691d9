using Notebooks.Documents;
using Notebooks.Execution;
using TestSupport;

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

    [Fact]
    public async Task an_executed_chapter_as_the_engine_writes_it_is_valid_for_jupyters_nbformat()
    {
        var path = Path.Combine(Chapters.Folder, Chapters.Stems[0] + ".ipynb");
        var result = await NotebookRunner.RunWithReportAsync(Notebook.Load(path), Chapters.Options);
        var written = Path.Combine(Directory.CreateTempSubdirectory("kit-nbformat-").FullName, Path.GetFileName(path));
        NotebookFile.WriteAtomically(written, result.Notebook);

        Python.Validate(written); // Jupyter's own reader and validator: outputs of every kind the chapter produced
        Assert.NotEmpty(result.Notebook.Cells.Code.SelectMany(c => c.Outputs));
    }
}
