using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task running_a_notebook_twice_gives_identical_outputs()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(
            folder.Path,
            "var d = display(new { A = 1 });\nConsole.WriteLine(\"x\");",
            "d.Update(new[] { 1, 2, 3 });\nEnumerable.Range(0, 3).Select(i => new { I = i, Sq = i * i })",
            "Console.Error.WriteLine(\"e\");\nthrow new ArgumentException(\"bad\");",
            "nope");

        var first = await Runs.RunAsync(notebook);
        var second = await Runs.RunAsync(notebook);

        Assert.Equal(first.Notebook.ToJson(), second.Notebook.ToJson());
        Assert.Equal(2, first.Failures.Count); // the run really produced errors, not an empty notebook
    }

    [Fact]
    public async Task the_input_notebook_is_not_modified()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "1");
        var before = notebook.ToJson();

        await Runs.RunAsync(notebook);

        Assert.Equal(before, notebook.ToJson());
    }
}
