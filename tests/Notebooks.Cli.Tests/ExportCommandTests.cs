namespace Notebooks.Cli.Tests;

[Collection("cli")]
public sealed class ExportCommandTests
{
    [Fact]
    public async Task export_exits_0_and_writes_a_file_based_app_named_after_the_notebook()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("01-intro.ipynb", "#r \"nuget: Newtonsoft.Json, 13.0.3\"", "var x = 20;", "x + 22");

        Assert.Equal(0, await cli.RunAsync("export", "01-intro.ipynb", "--to", "app"));

        var app = File.ReadAllText(Path.Combine(cli.Folder, "01-intro.cs"));
        Assert.StartsWith("#!/usr/bin/env dotnet\n", app);
        Assert.Contains("#:package Newtonsoft.Json@13.0.3\n", app);
        Assert.Contains("NotebookHost.Show(() => x + 22);", app);
        Assert.Contains("dotnet run 01-intro.cs", cli.Output);
    }

    [Fact]
    public async Task export_overwrites_its_own_app_but_exits_2_rather_than_overwrite_another_file()
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("a.ipynb", "1 + 1");
        Assert.Equal(0, await cli.RunAsync("export", "a.ipynb", "--to", "app", "--output", "out/a.cs"));
        Assert.Equal(0, await cli.RunAsync("export", "a.ipynb", "--to", "app", "--output", "out/a.cs"));

        File.WriteAllText(Path.Combine(cli.Folder, "mine.cs"), "Console.WriteLine(\"mine\");");
        Assert.Equal(2, await cli.RunAsync("export", "a.ipynb", "--to", "app", "--output", "mine.cs"));
        Assert.Contains("was not written by kit export", cli.Output);
        Assert.Equal("Console.WriteLine(\"mine\");", File.ReadAllText(Path.Combine(cli.Folder, "mine.cs")));
    }

    [Theory]
    [InlineData("export", "nowhere.ipynb", "--to", "app")]
    [InlineData("export", "a.ipynb", "--to", "pdf")]
    [InlineData("export", "a.ipynb")]
    [InlineData("export", ".", "--to", "app")]
    public async Task export_exits_2_for_bad_input(params string[] args)
    {
        using var cli = new CliHarness();
        cli.WriteNotebook("a.ipynb", "1 + 1");
        cli.WriteNotebook("b.ipynb", "2 + 2");
        Assert.Equal(2, await cli.RunAsync(args));
        Assert.False(File.Exists(Path.Combine(cli.Folder, "a.cs")));
    }
}
