using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class RuntimeExceptionTests
{
    [Fact]
    public async Task an_exception_gives_its_type_message_and_a_traceback_naming_cells_and_lines()
    {
        var run = await Runs.RunCellsAsync(
            "int Check(int v) =>\n    v > 0 ? v : throw new InvalidOperationException(\"must be positive\");",
            "var ok = Check(1);\n\nCheck(-1)");

        var error = run.Notebook.Outputs(1).Single();
        Assert.Equal("System.InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Equal("must be positive", error["evalue"]!.GetValue<string>());
        Assert.Equal(
            ["System.InvalidOperationException: must be positive", "   at Check() in cell 1, line 2", "   at cell 2, line 3"],
            error.Traceback());
        var failure = Assert.IsType<CellFailedException>(Assert.Single(run.Failures));
        Assert.Equal((1, 3), (failure.CellIndex, failure.Line));
        Assert.EndsWith("test.ipynb: cell 2, line 3: System.InvalidOperationException: must be positive", failure.Message, StringComparison.Ordinal);
    }
}
