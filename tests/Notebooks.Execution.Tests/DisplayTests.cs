using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class DisplayTests
{
    [Fact]
    public async Task display_and_Display_write_display_data_in_order()
    {
        var run = await Runs.RunCellsAsync("display(1);\n\"two\".Display();\nConsole.WriteLine(3);");

        var outputs = run.Notebook.Outputs(0);
        Assert.Equal(["display_data", "display_data", "stream"], outputs.Select(o => o.Type()));
        Assert.Equal(["1", "two", "3\n"], outputs.Select(o => o.Text()));
    }

    [Fact]
    public async Task update_replaces_the_displayed_value_in_place_even_from_a_later_cell()
    {
        var run = await Runs.RunCellsAsync("var progress = display(\"epoch 0\");", "progress.Update(\"epoch 1\");\nprogress.Update(\"epoch 2\");");

        Assert.Equal("epoch 2", run.Notebook.Outputs(0).Single().Text());
        Assert.Empty(run.Notebook.Outputs(1));
    }

    [Fact]
    public async Task a_trailing_displayed_value_is_not_shown_twice()
    {
        var run = await Runs.RunCellsAsync("42.Display()");

        Assert.Equal("display_data", run.Notebook.Outputs(0).Single().Type());
    }

    [Fact]
    public async Task HTML_is_written_raw()
    {
        var run = await Runs.RunCellsAsync("HTML(\"<b>bold</b>\")");

        Assert.Equal("<b>bold</b>", run.Notebook.Outputs(0).Single().Text("text/html"));
    }
}
