using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class CompileCheckTests
{
    [Fact]
    public async Task check_reports_diagnostics_by_cell_and_line_without_running_anything()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(
            folder.Path,
            "var x = 1;\nSystem.IO.File.WriteAllText(\"ran.txt\", \"\");",
            "var y = x + 1;\nvar z = y + missing;",
            "#!fsharp\nlet a = 1");

        var diagnostics = await NotebookChecker.CheckAsync(notebook);

        Assert.False(File.Exists(Path.Combine(folder.Path, "ran.txt")));
        Assert.Equal(
            [(1, (int?)2, "CS0103"), (2, null, "KIT001")],
            diagnostics.Where(d => d.IsError).Select(d => (d.CellIndex, d.Line, d.Id)));
        Assert.Equal("cell 2, line 2: error CS0103: The name 'missing' does not exist in the current context", diagnostics[0].Message);
    }

    [Fact]
    public async Task a_clean_notebook_has_no_errors()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "record P(int A);", "new P(1).A + 1");

        Assert.DoesNotContain(await NotebookChecker.CheckAsync(notebook), d => d.IsError);
    }
}
