using Notebooks.Documents;
using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class UnsupportedLanguageTests
{
    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "F#")]
    [InlineData("#!pwsh\nGet-Date", "PowerShell")]
    [InlineData("#!javascript\nconsole.log(1)", "JavaScript")]
    [InlineData("#!sql\nSELECT 1", "SQL")]
    public async Task a_cell_in_another_polyglot_language_is_an_error_naming_it(string source, string language)
    {
        var run = await Runs.RunCellsAsync(source);

        var error = run.Notebook.Outputs(0).Single();
        Assert.Equal("UnsupportedLanguage", error["ename"]!.GetValue<string>());
        Assert.Contains($"cell 1 is written in {language}", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("not supported by this engine", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(run.Failures);
    }

    [Fact]
    public async Task a_cell_whose_metadata_kernel_is_another_language_is_an_error_too()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path);
        notebook.Cells.Add(CodeCell.Create("let x = 1", "fsharp"));

        var run = await Runs.RunAsync(notebook);

        Assert.Contains("F#", run.Notebook.Outputs(0).Single()["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#!csharp\n1 + 1")]
    [InlineData("#!c#\n1 + 1")]
    [InlineData("#!C#\n1 + 1")]
    public async Task csharp_selectors_are_stripped(string source)
    {
        var run = await Runs.RunCellsAsync(source);

        Assert.Equal("2", run.Notebook.Outputs(0).Single().Text());
    }

    [Fact]
    public async Task a_markdown_selector_renders_the_text_as_html()
    {
        var run = await Runs.RunCellsAsync("#!markdown\n# Title\nSome *text*.");

        var output = run.Notebook.Outputs(0).Single();
        Assert.Contains("<h1 id=\"title\">Title</h1>", output.Text("text/html"), StringComparison.Ordinal);
        Assert.Contains("<em>text</em>", output.Text("text/html"), StringComparison.Ordinal);
    }
}
