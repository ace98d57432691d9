using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class TrailingExpressionTests
{
    [Fact]
    public async Task a_number_becomes_an_execute_result_with_plain_text_and_html()
    {
        var output = (await Runs.RunCellsAsync("40 + 2")).Notebook.Outputs(0).Single();

        Assert.Equal("execute_result", output.Type());
        Assert.Equal(1, output["execution_count"]!.GetValue<int>());
        Assert.Equal("42", output.Text());
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", output.Text("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_string_is_plain_text_only()
    {
        var output = (await Runs.RunCellsAsync("\"<b>hi</b>\"")).Notebook.Outputs(0).Single();

        Assert.Equal(["text/plain"], output["data"]!.AsObject().Select(p => p.Key));
        Assert.Equal("<b>hi</b>", output.Text());
    }

    [Fact]
    public async Task an_object_gets_a_tree_view_and_its_plain_text()
    {
        var output = (await Runs.RunCellsAsync("record Point(int X, int Y);", "new Point(1, 2)")).Notebook.Outputs(1).Single();

        Assert.Contains("dni-treeview", output.Text("text/html"), StringComparison.Ordinal);
        Assert.Contains("X: 1", output.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_statement_or_a_void_call_gives_no_result()
    {
        var run = await Runs.RunCellsAsync("var x = 1;", "Math.Abs(-1);", "GC.Collect()");

        Assert.All([0, 1, 2], i => Assert.Empty(run.Notebook.Outputs(i)));
    }
}
