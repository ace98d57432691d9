using Notebooks.Documents;

namespace Notebooks.Cli.Tests;

// The CLI's process-wide current directory is changed per run, so these tests must not run in parallel.
[Collection("cli")]
public sealed class ExitCodeTests
{
    [Fact]
    public async Task run_exits_0_and_writes_outputs_in_place_when_every_cell_succeeds()
    {
        using var cli = new CliHarness();
        var path = cli.WriteNotebook("ok.ipynb", "var x = 20;", "x + 22");

        Assert.Equal(0, await cli.RunAsync("run", "ok.ipynb"));

        var written = Notebook.Load(path);
        var last = written.Cells.Code.Last();
        Assert.Equal(2, last.ExecutionCount);
        Assert.Contains("42", last.Outputs.ToJsonString());
    }

    [Fact]
    public async Task run_exits_1_when_a_cell_fails_and_the_error_is_in_the_written_notebook()
    {
        using var cli = new CliHarness();
        var path = cli.WriteNotebook("bad.ipynb", "throw new InvalidOperationException(\"boom\");");

        Assert.Equal(1, await cli.RunAsync("run", "bad.ipynb"));

        var outputs = Notebook.Load(path).Cells.Code.Single().Outputs.ToJsonString();
        Assert.Contains("\"output_type\":\"error\"", outputs);
        Assert.Contains("boom", outputs);
    }

    [Fact]
    public async Task run_exits_2_for_a_missing_path_and_names_it()
    {
        using var cli = new CliHarness();
        Assert.Equal(2, await cli.RunAsync("run", "nowhere.ipynb"));
        Assert.Contains("nowhere.ipynb: no such file or folder", cli.Output);
    }

    [Fact]
    public async Task run_exits_2_for_a_folder_without_notebooks()
    {
        using var cli = new CliHarness();
        Directory.CreateDirectory(Path.Combine(cli.Folder, "empty"));
        Assert.Equal(2, await cli.RunAsync("run", "empty"));
        Assert.Contains("holds no .ipynb notebooks", cli.Output);
    }

    [Fact]
    public async Task run_exits_2_for_malformed_json_and_writes_nothing_not_even_the_valid_notebook()
    {
        using var cli = new CliHarness();
        var good = cli.WriteNotebook("a.ipynb", "1 + 1");
        var before = File.ReadAllBytes(good);
        File.WriteAllText(Path.Combine(cli.Folder, "b.ipynb"), "{ \"cells\": [ ");

        Assert.Equal(2, await cli.RunAsync("run", "."));

        Assert.Contains("b.ipynb", cli.Output);
        Assert.Equal(before, File.ReadAllBytes(good));
    }

    [Fact]
    public async Task run_exits_2_for_an_unknown_option()
    {
        using var cli = new CliHarness();
        Assert.Equal(2, await cli.RunAsync("run", "--no-such-option"));
    }

    [Fact]
    public async Task run_with_output_dir_leaves_the_original_untouched()
    {
        using var cli = new CliHarness();
        var path = cli.WriteNotebook("ok.ipynb", "1 + 1");
        var before = File.ReadAllBytes(path);

        Assert.Equal(0, await cli.RunAsync("run", "ok.ipynb", "--output-dir", "out"));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(1, Notebook.Load(Path.Combine(cli.Folder, "out", "ok.ipynb")).Cells.Code.Single().ExecutionCount);
    }

    [Fact]
    public async Task redirected_output_is_plain_lines_per_cell_and_a_summary_table()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("ok.ipynb", "1 + 1", "2 + 2");

        await cli.RunAsync("run", "ok.ipynb");

        Assert.Contains("ok.ipynb: cell 1/2 ok", cli.Output);
        Assert.Contains("ok.ipynb: cell 2/2 ok", cli.Output);
        Assert.DoesNotContain("\u001b[", cli.Output);
        Assert.Matches(@"notebook\s*│\s*cells\s*│\s*errors", cli.Output);
    }

    [Fact]
    public async Task check_reports_notebook_cell_and_line_of_a_compile_error_and_exits_1()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("typo.ipynb", "var a = 1;", "var b = 2;\nConsole.WriteLine(c);");

        Assert.Equal(1, await cli.RunAsync("check", "typo.ipynb"));

        Assert.Contains("typo.ipynb, cell 2, line 2: error CS0103", cli.Output);
    }

    [Fact]
    public async Task check_exits_0_for_a_clean_notebook_without_running_it()
    {
        using var cli = new CliHarness();
        var marker = Path.Combine(cli.Folder, "ran.txt");
        cli.WriteNotebook("clean.ipynb", $"System.IO.File.WriteAllText(@\"{marker}\", \"ran\");");

        Assert.Equal(0, await cli.RunAsync("check", "clean.ipynb"));

        Assert.False(File.Exists(marker));
    }
}
