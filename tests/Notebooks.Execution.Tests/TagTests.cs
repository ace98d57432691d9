using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class TagTests
{
    [Fact]
    public async Task a_skip_execution_cell_is_not_run_and_has_no_outputs()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "1", "System.IO.File.WriteAllText(\"ran.txt\", \"\");", "2");
        notebook.Code(1).Tag("skip-execution");

        var run = await Runs.RunAsync(notebook);

        Assert.False(File.Exists(Path.Combine(folder.Path, "ran.txt")));
        Assert.Empty(run.Notebook.Outputs(1));
        Assert.Equal([1, null, 2], [run.Notebook.Code(0).ExecutionCount, run.Notebook.Code(1).ExecutionCount, run.Notebook.Code(2).ExecutionCount]);
        Assert.Equal([1], run.NotRun);
    }

    [Fact]
    public async Task an_error_in_a_raises_exception_cell_is_expected_and_not_a_failure()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "throw new InvalidOperationException(\"expected\");", "throw new InvalidOperationException(\"unexpected\");");
        notebook.Code(0).Tag("raises-exception");

        var run = await Runs.RunAsync(notebook);

        Assert.Equal("error", run.Notebook.Outputs(0).Single().Type());
        Assert.Equal(1, Assert.Single(run.Failures).CellIndex);
    }

    [Fact]
    public async Task stop_on_error_leaves_the_cells_after_the_first_failure_not_run()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "1", "throw new Exception();", "3");

        var run = await Runs.RunAsync(notebook, Runs.Options with { StopOnError = true });

        Assert.Equal([2], run.NotRun);
        Assert.Empty(run.Notebook.Outputs(2));
    }
}
