using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class SharedStateTests
{
    [Fact]
    public async Task a_variable_declared_in_one_cell_is_visible_in_the_next()
    {
        var run = await Runs.RunCellsAsync("var x = 41;", "int Twice(int v) => 2 * v;", "Twice(x) + 1");

        Assert.True(run.Succeeded);
        Assert.Equal("83", run.Notebook.Outputs(2).Single().Text());
    }

    [Fact]
    public async Task execution_counts_run_from_one_over_the_cells_that_ran()
    {
        var run = await Runs.RunCellsAsync("1", "", "2");

        Assert.Equal([1, null, 2], [run.Notebook.Code(0).ExecutionCount, run.Notebook.Code(1).ExecutionCount, run.Notebook.Code(2).ExecutionCount]);
    }

    [Fact]
    public async Task variables_assigned_before_an_exception_survive_it()
    {
        var run = await Runs.RunCellsAsync("var a = 5; throw new Exception(\"stop\");", "a");

        Assert.Equal("5", run.Notebook.Outputs(1).Single().Text());
    }
}
