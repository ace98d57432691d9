using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class OutputLimitTests
{
    [Fact]
    public async Task printing_50_MB_is_capped_with_a_note_and_the_run_goes_on()
    {
        var run = await Runs.RunCellsAsync(
            "var line = new string('x', 99);\nfor (var i = 0; i < 500_000; i++) Console.WriteLine(line);",
            "\"still alive\"");

        var outputs = run.Notebook.Outputs(0);
        Assert.True(outputs.Count == 1, string.Join("\n", outputs.Select(o => o.Type() + ": " + (o.Type() == "stream" ? o.Text().Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : o.ToJsonString()))));
        var text = outputs[0].Text();
        Assert.InRange(text.Length, 1_000_000, 1_001_000);
        Assert.EndsWith("[output truncated: this cell wrote more than 1,000,000 characters to stdout/stderr; the rest is not kept]\n", text, StringComparison.Ordinal);
        Assert.Equal("still alive", run.Notebook.Outputs(1).Single().Text());
    }

    [Fact]
    public async Task the_budget_is_per_cell()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "Console.Write(new string('a', 150));", "Console.Write(new string('b', 50));");

        var run = await Runs.RunAsync(notebook, Runs.Options with { MaxOutputCharsPerCell = 100 });

        Assert.StartsWith(new string('a', 100) + "\n[output truncated", run.Notebook.Outputs(0).Single().Text(), StringComparison.Ordinal);
        Assert.Equal(new string('b', 50), run.Notebook.Outputs(1).Single().Text());
    }

    [Fact]
    public async Task printing_steadily_while_the_periodic_flush_runs_does_not_deadlock()
    {
        // Two seconds of small prints span about twenty 100 ms flushes of the worker's output timer. The protocol
        // once wrote through the console stream, whose Write locks Console.Out; a flush then waited for a cell
        // inside Console.WriteLine, which waited for the flush: the cell hung until its time limit.
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(
            folder.Path,
            "var end = DateTime.UtcNow.AddSeconds(2); var n = 0;\nwhile (DateTime.UtcNow < end) { Console.WriteLine(n++ % 10); }\nn > 0");

        var run = await Runs.RunAsync(notebook, Runs.Options with { CellTimeout = TimeSpan.FromSeconds(30), MaxOutputCharsPerCell = 100_000_000 });

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        Assert.Equal("True", run.Notebook.Outputs(0).Last().Text());
    }
}
