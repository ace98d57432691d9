namespace Notebooks.Cli.Tests;

// kit book runs real workers on tiny notebooks (no packages), so each test takes a second or two.
[Collection("cli")]
public sealed class BookCommandTests
{
    [Fact]
    public async Task book_exits_0_writes_the_site_and_reuses_the_outputs_until_a_cell_changes()
    {
        using var cli = new CliHarness();
        var path = cli.WriteNotebook(Path.Combine("chapters", "00-intro.ipynb"), "var x = 20;", "x + 22");

        Assert.Equal(0, await cli.RunAsync("book", "chapters", "--output-dir", "site"));
        var page = File.ReadAllText(Path.Combine(cli.Folder, "site", "00-intro.html"));
        Assert.Contains(">42</pre>", page);
        Assert.Contains("executed for this build", page);
        Assert.True(File.Exists(Path.Combine(cli.Folder, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(cli.Folder, "artifacts", "book-cache", "00-intro.ipynb")));
        Assert.Contains("1 executed, 0 reused", cli.Output);

        Assert.Equal(0, await cli.RunAsync("book", "chapters", "--output-dir", "site"));
        Assert.Contains("00-intro: outputs reused", cli.Output);
        Assert.Contains("reused from an earlier build", File.ReadAllText(Path.Combine(cli.Folder, "site", "00-intro.html")));

        cli.WriteNotebook(Path.Combine("chapters", "00-intro.ipynb"), "var x = 20;", "x + 23");
        Assert.Equal(0, await cli.RunAsync("book", "chapters", "--output-dir", "site"));
        Assert.Contains(">43</pre>", File.ReadAllText(Path.Combine(cli.Folder, "site", "00-intro.html")));
        Assert.EndsWith("1 executed, 0 reused", cli.Output.Split('\n').Last(l => l.StartsWith("book:", StringComparison.Ordinal)).Split(';')[0]);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task book_exits_1_when_a_cell_fails_shows_the_error_on_the_page_and_does_not_cache_it()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("bad.ipynb", "throw new InvalidOperationException(\"boom\");");

        Assert.Equal(1, await cli.RunAsync("book", "bad.ipynb"));

        var page = File.ReadAllText(Path.Combine(cli.Folder, "_site", "bad.html"));
        Assert.Contains("Error: this cell failed", page);
        Assert.Contains("boom", page);
        Assert.False(File.Exists(Path.Combine(cli.Folder, "artifacts", "book-cache", "bad.ipynb")));
    }

    [Fact]
    public async Task book_exits_1_when_a_check_line_says_fail()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("claims.ipynb", "\"a claim: measured 2, predicted ≤ 1: FAIL\"");

        Assert.Equal(1, await cli.RunAsync("book", "claims.ipynb", "--no-cache"));
        Assert.Contains("0 of 1 checks pass", cli.Output);
    }

    [Fact]
    public async Task book_exits_2_for_a_missing_path_and_writes_nothing()
    {
        using var cli = new CliHarness();
        Assert.Equal(2, await cli.RunAsync("book", "nowhere.ipynb"));
        Assert.Contains("nowhere.ipynb: no such file or folder", cli.Output);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "_site")));
    }

    [Fact]
    public async Task book_exits_2_before_running_anything_when_the_output_folder_is_not_a_book()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("ok.ipynb", "1 + 1");
        Directory.CreateDirectory(Path.Combine(cli.Folder, "mine"));
        File.WriteAllText(Path.Combine(cli.Folder, "mine", "notes.txt"), "keep me");

        Assert.Equal(2, await cli.RunAsync("book", "ok.ipynb", "--output-dir", "mine"));

        Assert.Contains("not a book written by kit book", cli.Output);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(cli.Folder, "mine", "notes.txt")));
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "artifacts")));
    }

    [Fact]
    public async Task book_exits_2_for_a_bad_option_value()
    {
        using var cli = new CliHarness();
        Assert.Equal(2, await cli.RunAsync("book", "--parallel", "0"));
    }
}
