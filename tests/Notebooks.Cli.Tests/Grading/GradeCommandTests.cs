using Notebooks.Documents;
using static Notebooks.Cli.Tests.Grading.GradingFixture;

namespace Notebooks.Cli.Tests.Grading;

[Collection("cli")]
public sealed class GradeCommandTests
{
    private static readonly Dictionary<string, string> Solved = new() { ["9.1"] = CountParameters, ["9.2"] = Relu, ["9.3"] = Depth };

    private static Dictionary<string, string> SolvedExcept(string id, string replacement) =>
        Solved.ToDictionary(p => p.Key, p => p.Key == id ? replacement : p.Value);

    [Fact]
    public async Task a_batch_of_honest_and_hostile_submissions_is_graded_to_completion_with_the_right_csv()
    {
        using var cli = new CliHarness();
        var folder = Directory.CreateDirectory(Path.Combine(cli.Folder, "submissions")).FullName;
        File.Copy(GradingFixture.NotebookPath, Path.Combine(folder, "instructor.ipynb"));
        Write(folder, "untouched", Submission(new Dictionary<string, string>()));
        Write(folder, "only-relu", Submission(new Dictionary<string, string> { ["9.2"] = Relu }));
        Write(folder, "loops", Submission(SolvedExcept("9.1", "static long CountParameters(int[] widths)\n{\n    while (true) { }\n}")));
        Write(folder, "hogs-memory", Submission(SolvedExcept("9.2",
            "static double Relu(double x)\n{\n    var hoard = new List<byte[]>();\n    while (true) hoard.Add(new byte[1 << 20]);\n}")));
        Write(folder, "exits", Submission(SolvedExcept("9.3", "static int Depth(int[] widths)\n{\n    Environment.Exit(3);\n    return 0;\n}")));
        Write(folder, "deletes", Submission(SolvedExcept("9.1",
            "static long CountParameters(int[] widths)\n{\n    foreach (var f in System.IO.Directory.GetFiles(\".\")) System.IO.File.Delete(f);\n    long p = 0;\n"
            + "    for (var l = 1; l < widths.Length; l++) p += (widths[l - 1] + 1L) * widths[l];\n    return p;\n}")));
        Write(folder, "floods", Submission(SolvedExcept("9.3", "Console.Write(new string('x', 3_000_000));\n" + Depth)));
        var edited = Submission(new Dictionary<string, string> { ["9.1"] = CountParameters });
        Cell(edited, "tests", "9.2").Source = "var tests = new ExerciseTests(\"9.2\");\ntests.Run(\"trust me\", () => { });\ntests.Verify()";
        edited.Cells[0].Source = "# My own title";
        Write(folder, "edits-outside", edited);

        var exit = await cli.RunAsync("grade", "submissions", "--source", GradingFixture.NotebookPath, "--output-dir", "grades", "--parallel", "2", "--timeout", "20", "--memory-mb", "768");

        Assert.True(exit == 0, cli.Output);
        var csv = File.ReadAllLines(Path.Combine(cli.Folder, "grades", "grades.csv"));
        Assert.Equal("student,exercise 9.1,exercise 9.2,exercise 9.3,total,max,notes", csv[0]);
        var all = string.Join("\n", csv);
        var rows = csv.Skip(1).ToDictionary(r => r.Split(',')[0], r => string.Join(',', r.Split(',').Skip(1).Take(5)));
        Assert.True(rows["instructor"] == "2,3,1,6,6", all);
        Assert.True(rows["untouched"] == "0,0,0,0,6", all);
        Assert.True(rows["only-relu"] == "0,3,0,3,6", all);
        Assert.True(rows["loops"] == "0,3,1,4,6", all);
        Assert.True(rows["hogs-memory"] == "2,0,1,3,6", all);
        Assert.True(rows["exits"] == "2,3,0,5,6", all);
        Assert.True(rows["deletes"] == "2,3,1,6,6", all);
        Assert.True(rows["floods"] == "2,3,1,6,6", all);
        Assert.True(rows["edits-outside"] == "2,0,0,2,6", all);
        Assert.Equal(10, csv.Length);

        var notes = csv.Skip(1).ToDictionary(r => r.Split(',')[0]);
        Assert.Contains("exercise 9.1: cell 6: did not finish within 20 s", notes["loops"]);
        Assert.Contains("Environment.Exit(3)", notes["exits"]);
        Assert.Contains("edited outside the exercise cells (the 1st non-exercise cell, the 7th non-exercise cell)", notes["edits-outside"]);
        Assert.Contains("printed more than", notes["floods"]);
        Assert.DoesNotContain("edited", notes["instructor"]);

        var feedback = File.ReadAllText(Path.Combine(cli.Folder, "grades", "hogs-memory.md"));
        Assert.Contains("## Exercise 9.2: 0 of 3 points (0 of 3 tests pass)", feedback);
        Assert.Contains("FAIL ReLU keeps 0.5: OutOfMemoryException", feedback);
        var html = File.ReadAllText(Path.Combine(cli.Folder, "grades", "untouched.html"));
        Assert.Contains("<li class=\"fail\">FAIL a deep narrow network: not solved yet", html);
        foreach (var file in Directory.GetFiles(Path.Combine(cli.Folder, "grades")))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("CountParameters([1, 2, 2, 2, 1])", text);
            Assert.DoesNotContain("HIDDEN", text);
        }

        Assert.DoesNotContain("\u001b[", cli.Output);
        Assert.Contains("only-relu.ipynb: cell 1/8 ok", cli.Output.Replace(Path.Combine("submissions", ""), ""));
    }

    [Fact]
    public async Task an_unreadable_submission_is_reported_with_zero_points_the_rest_is_graded_and_the_exit_is_1()
    {
        using var cli = new CliHarness();
        var folder = Directory.CreateDirectory(Path.Combine(cli.Folder, "subs")).FullName;
        File.WriteAllText(Path.Combine(folder, "garbage.ipynb"), "{ \"cells\": [");
        Write(folder, "fine", Submission(Solved));

        Assert.Equal(1, await cli.RunAsync("grade", "subs", "--source", GradingFixture.NotebookPath, "--output-dir", "grades"));

        var csv = File.ReadAllText(Path.Combine(cli.Folder, "grades", "grades.csv"));
        Assert.Contains("fine,2,3,1,6,6,", csv);
        Assert.Contains("garbage,0,0,0,0,6,\"the submission could not be read", csv);
    }

    [Fact]
    public async Task grade_exits_2_when_the_source_has_no_exercises()
    {
        using var cli = new CliHarness();
        var source = cli.WriteNotebook("plain.ipynb", "1 + 1");
        var submission = cli.WriteNotebook("s.ipynb", "1 + 1");

        Assert.Equal(2, await cli.RunAsync("grade", submission, "--source", source));

        Assert.Contains("has no exercises", cli.Output);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "grades")));
    }

    [Fact]
    public async Task grade_exits_2_for_a_missing_submission_or_without_source()
    {
        using var cli = new CliHarness();
        Assert.Equal(2, await cli.RunAsync("grade", "nowhere.ipynb", "--source", GradingFixture.NotebookPath));
        Assert.Contains("nowhere.ipynb: no such file or folder", cli.Output);
        Assert.Equal(2, await cli.RunAsync("grade", GradingFixture.NotebookPath));
    }
}
