using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class WorkerExitTests
{
    [Fact]
    public async Task environment_exit_is_reported_on_the_cell_and_the_rest_is_not_run()
    {
        var run = await Runs.RunCellsAsync("Console.WriteLine(\"bye\");\nEnvironment.Exit(3);", "1");

        var outputs = run.Notebook.Outputs(0);
        Assert.Equal("bye\n", outputs[0].Text());
        Assert.Equal("cell 1 ended the worker process with Environment.Exit(3); the notebook's state is lost, so later cells are not run.", outputs[1]["evalue"]!.GetValue<string>());
        Assert.IsType<WorkerExitedException>(Assert.Single(run.Failures));
        Assert.Equal([1], run.NotRun);
    }

    [Fact]
    public async Task a_stack_overflow_is_reported_as_such_and_the_runner_survives()
    {
        var run = await Runs.RunCellsAsync("var ok = 1;", "int Down(int n) => Down(n + 1) + 1;\nDown(0)", "ok");

        var error = run.Notebook.Outputs(1).Single();
        Assert.Equal("StackOverflow", error["ename"]!.GetValue<string>());
        Assert.StartsWith("cell 2 overflowed the stack", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, Assert.IsType<WorkerExitedException>(Assert.Single(run.Failures)).CellIndex);
        Assert.Equal([2], run.NotRun);
    }

    [Fact]
    public async Task an_unhandled_exception_on_another_thread_is_reported_with_the_cell()
    {
        var run = await Runs.RunCellsAsync("new System.Threading.Thread(() => throw new InvalidOperationException(\"bg\")).Start();\nSystem.Threading.Thread.Sleep(30_000);");

        var error = run.Notebook.Outputs(0).Last();
        Assert.Equal("WorkerCrashed", error["ename"]!.GetValue<string>());
        Assert.Contains(error.Traceback(), l => l.Contains("InvalidOperationException: bg", StringComparison.Ordinal));
    }
}
