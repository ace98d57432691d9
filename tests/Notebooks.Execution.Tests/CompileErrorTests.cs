using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class CompileErrorTests
{
    [Fact]
    public async Task a_compile_error_names_the_cell_and_the_line_within_it()
    {
        var run = await Runs.RunCellsAsync("var a = 1;", "var b = 2;\nvar c = a + missing;");

        var error = run.Notebook.Outputs(1).Single();
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        Assert.Equal(["cell 2, line 2: error CS0103: The name 'missing' does not exist in the current context"], error.Traceback());
        var failure = Assert.IsType<CellFailedException>(Assert.Single(run.Failures));
        Assert.Equal((1, 2), (failure.CellIndex, failure.Line));
    }

    [Fact]
    public async Task a_cell_that_does_not_compile_runs_nothing_and_later_cells_still_run()
    {
        var run = await Runs.RunCellsAsync("Console.WriteLine(\"ran\");\nundefined();", "1 + 1");

        Assert.Equal(["error"], run.Notebook.Outputs(0).Select(o => o.Type()));
        Assert.Equal("2", run.Notebook.Outputs(1).Single().Text());
    }
}
