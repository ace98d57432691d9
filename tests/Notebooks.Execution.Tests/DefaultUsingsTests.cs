using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class DefaultUsingsTests
{
    [Fact]
    public async Task the_six_dotnet_interactive_namespaces_need_no_using()
    {
        var run = await Runs.RunCellsAsync("""
            var sb = new StringBuilder("a");                       // System.Text
            var list = new List<int> { 3, 1, 2 };                  // System.Collections.Generic
            ArrayList legacy = new() { 1 };                        // System.Collections
            await Task.Yield();                                    // System.Threading.Tasks
            sb.Append(string.Join(",", list.OrderBy(v => v))).ToString()  // System.Linq
            """);

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        Assert.Equal("a1,2,3", run.Notebook.Outputs(0).Single().Text());
    }

    [Fact]
    public async Task other_namespaces_still_need_a_using()
    {
        var run = await Runs.RunCellsAsync("var r = new Regex(\"a\");");

        Assert.Contains("CS0246", run.Notebook.Outputs(0).Single()["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task any_framework_assembly_works_without_r_and_the_state_carries_across_it()
    {
        // Sessions compile against a few everyday assemblies first and widen to the whole framework on demand
        // (ScriptSession). XML is reached through the everyday assemblies' own references; System.Formats.Tar is not,
        // so its cell is the one that widens the session.
        var run = await Runs.RunCellsAsync(
            "var name = \"kit\";",
            "var element = new System.Xml.Linq.XElement(name, 3);",
            "var format = System.Formats.Tar.TarEntryFormat.Pax;",
            "$\"{element} {format} {name}\"");

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        Assert.Equal("<kit>3</kit> Pax kit", run.Notebook.Outputs(3).Single().Text());
    }

    [Fact]
    public async Task a_compile_check_sees_the_whole_framework_too()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "var s = System.Formats.Tar.TarEntryFormat.Gnu;", "s.ToString().Length + 1");

        var diagnostics = await NotebookChecker.CheckAsync(notebook);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task the_latest_language_version_is_on()
    {
        var run = await Runs.RunCellsAsync("int[] xs = [1, 2, 3];\nxs is [_, .. var rest] ? rest.Length : -1");

        Assert.Equal("2", run.Notebook.Outputs(0).Single().Text());
    }
}
