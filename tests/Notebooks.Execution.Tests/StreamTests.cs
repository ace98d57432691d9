using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class StreamTests
{
    [Fact]
    public async Task stdout_and_stderr_become_streams_and_consecutive_chunks_are_coalesced()
    {
        var run = await Runs.RunCellsAsync("""
            Console.Write("a");
            Console.WriteLine("b");
            Console.Out.Flush();
            Console.Error.WriteLine("warn");
            Console.WriteLine("c");
            """);

        var outputs = run.Notebook.Outputs(0);
        Assert.Equal(["stdout", "stderr", "stdout"], outputs.Select(o => o["name"]!.GetValue<string>()));
        Assert.Equal(["ab\n", "warn\n", "c\n"], outputs.Select(o => o.Text()));
    }

    [Fact]
    public async Task console_input_reads_nothing_instead_of_stealing_the_protocol()
    {
        var run = await Runs.RunCellsAsync("Console.ReadLine() is null");

        Assert.Equal("True", run.Notebook.Outputs(0).Single().Text());
    }

    [Fact]
    public async Task output_written_before_an_exception_comes_before_the_error()
    {
        var run = await Runs.RunCellsAsync("Console.WriteLine(\"before\");\nthrow new Exception(\"x\");");

        Assert.Equal(["stream", "error"], run.Notebook.Outputs(0).Select(o => o.Type()));
    }
}
