using System.Text.Json.Nodes;
using Notebooks.Documents;
using Notebooks.Execution.Grading;
using TestSupport;

namespace Notebooks.Cli.Tests.Grading;

[Collection("cli")]
public sealed class ReleaseCommandTests
{
    [Fact]
    public async Task release_verifies_then_writes_stubs_without_hidden_tests_or_outputs_and_keeps_every_other_cell_and_exits_0()
    {
        using var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("release", GradingFixture.NotebookPath, "--output-dir", "out"));

        Assert.Contains("3 exercises, 7 tests: each passes on the solution and fails on the stub", cli.Output);
        var written = Path.Combine(cli.Folder, "out", "exercises.ipynb");
        Python.Validate(written);
        var release = Notebook.Load(written);
        var source = GradingFixture.Instructor();
        Assert.Equal(source.Cells.Count, release.Cells.Count);
        Assert.True(JsonNode.DeepEquals(source.Metadata, release.Metadata));
        var text = release.ToJson();
        Assert.DoesNotContain("BEGIN SOLUTION", text);
        Assert.DoesNotContain("HIDDEN", text);
        Assert.DoesNotContain("a deep narrow network", text);
        Assert.Equal(
            "static long CountParameters(int[] widths)\n{\n    throw new NotImplementedException();\n}",
            GradingFixture.Cell(release, "exercise", "9.1").Source);
        Assert.EndsWith("tests.Verify()", GradingFixture.Cell(release, "tests", "9.1").Source);
        for (var i = 0; i < source.Cells.Count; i++)
        {
            if (ExerciseNotebook.IsExerciseOrTests(source.Cells[i])) continue;
            Assert.True(JsonNode.DeepEquals(source.Cells[i].Json, release.Cells[i].Json), $"cell {i + 1} changed");
        }
    }

    [Fact]
    public async Task release_stops_on_a_test_that_cannot_fail_naming_notebook_exercise_and_test_and_writes_nothing_exit_1()
    {
        using var cli = new CliHarness();
        var path = GradingFixture.CopyInstructor(cli.Folder, "lazy", n =>
        {
            var tests = GradingFixture.Cell(n, "tests", "9.2");
            tests.Source = tests.Source.Replace("// END HIDDEN TESTS", "tests.Run(\"one is one\", () => Check.Equal(1, 1, \"trivially\"));\n// END HIDDEN TESTS", StringComparison.Ordinal);
        });

        Assert.Equal(1, await cli.RunAsync("release", path, "--output-dir", "out"));

        Assert.Contains("lazy.ipynb: exercise 9.2: test 'one is one' passes on the stub", cli.Output);
        Assert.Contains("nothing was written", cli.Output);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(cli.Folder, "out")).Any());
    }

    [Fact]
    public async Task release_exits_2_for_a_solution_without_its_end_marker_naming_file_cell_and_line()
    {
        using var cli = new CliHarness();
        var path = GradingFixture.CopyInstructor(cli.Folder, "broken", n =>
        {
            var cell = GradingFixture.Cell(n, "exercise", "9.3");
            cell.Source = cell.Source.Replace("    // END SOLUTION\n", "", StringComparison.Ordinal);
        });

        Assert.Equal(2, await cli.RunAsync("release", path, "--output-dir", "out"));

        Assert.Contains("broken.ipynb: cell 11, line 3: '// BEGIN SOLUTION' without '// END SOLUTION' after it", cli.Output);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "out")));
    }

    [Fact]
    public async Task release_exits_2_when_the_output_folder_is_the_notebooks_own()
    {
        using var cli = new CliHarness();
        var path = GradingFixture.CopyInstructor(cli.Folder, "here", _ => { });
        var before = File.ReadAllBytes(path);

        Assert.Equal(2, await cli.RunAsync("release", path, "--output-dir", "."));

        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
