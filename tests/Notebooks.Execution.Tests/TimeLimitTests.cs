using System.Diagnostics;
using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class TimeLimitTests
{
    [Fact]
    public async Task a_tight_loop_is_stopped_at_the_cell_limit_with_a_clear_error_and_no_process_left()
    {
        using var folder = new TempFolder();
        await using var executor = await CellExecutor.StartAsync(new CellExecutorOptions { WorkingDirectory = folder.Path });
        var pid = executor.WorkerProcessId;

        var result = await executor.ExecuteAsync(new CellRequest("while (true) { }", 5), TimeSpan.FromSeconds(2));

        Assert.Equal(CellOutcome.TimedOut, result.Outcome);
        Assert.Equal("cell 5 did not finish within 2 s; the worker was stopped.", result.Error!.Value);
        Assert.False(executor.IsAlive);
        Assert.True(IsGone(pid));
    }

    [Fact]
    public async Task in_a_run_the_timed_out_cell_gets_the_error_and_later_cells_are_not_run()
    {
        using var folder = new TempFolder();
        // The loop is the first cell so that a slow cold start on a busy machine cannot trip the short limit elsewhere.
        var notebook = NotebookFactory.Create(folder.Path, "while (true) { }", "1");

        var run = await Runs.RunAsync(notebook, Runs.Options with { CellTimeout = TimeSpan.FromSeconds(3) });

        var failure = Assert.IsType<CellTimedOutException>(Assert.Single(run.Failures));
        Assert.Equal((0, false), (failure.CellIndex, failure.WholeRun));
        Assert.Equal("cell 1 did not finish within 3 s; the worker was stopped.", run.Notebook.Outputs(0).Single()["evalue"]!.GetValue<string>());
        Assert.Equal([1], run.NotRun);
        Assert.Null(run.Notebook.Code(1).ExecutionCount);
    }

    [Fact]
    public async Task the_whole_run_limit_stops_the_cell_that_is_running()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "1", "System.Threading.Thread.Sleep(600_000);");

        var run = await Runs.RunAsync(notebook, Runs.Options with { RunTimeout = TimeSpan.FromSeconds(10) });

        var failure = Assert.IsType<CellTimedOutException>(Assert.Single(run.Failures));
        Assert.Equal((1, true), (failure.CellIndex, failure.WholeRun));
        Assert.Contains("the run did not finish within 10 s", run.Notebook.Outputs(1).Single()["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static bool IsGone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
