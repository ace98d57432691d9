using System.Text.Json.Nodes;
using Notebooks.Book;
using Notebooks.Book.Cache;
using Notebooks.Documents;

namespace Notebooks.Book.Tests;

/// <summary>Small executed chapters built in memory, in the shape `kit run` writes them.</summary>
internal static class Chapters
{
    public const string PassLine = "Φ is continuous: measured 5.551E-17, predicted 0, tolerance absolute 1E-12: PASS";
    public const string BoundLine = "pieces ≤ Π (N_l + 1): measured 21, predicted ≤ 289: PASS";
    public const string FalseLine = "a deliberately false claim: measured 0.2, predicted ≤ 0.1: FAIL";

    public static RunRecord Record(int codeCells, string key = "key", int failures = 0) => new(
        key, new DateTimeOffset(2026, 12, 5, 18, 53, 0, TimeSpan.Zero),
        new RunEnvironment("Debian GNU/Linux 13 (trixie)", ".NET 10.0.0", "Test CPU", 2, ["DeepMath 0.1.0", "TorchSharp-cpu 0.107.0"]),
        [.. Enumerable.Range(0, codeCells).Select(i => (double?)(0.5 + i))], 12.5, failures);

    /// <summary>A chapter with prose and math, a check cell, a chart, an expected error and one exercise.</summary>
    public static Notebook Foundations(string path = "/book/00-foundations.ipynb")
    {
        var notebook = Notebook.CreatePolyglot(path);
        notebook.Cells.Add(MarkdownCell.Create("# 00 · Foundations: networks as functions\n\n*What a network is, with $x_1$ and $P(N)$.*\n\nSee [the next chapter](01-approximation.ipynb#intro)."));
        notebook.Cells.Add(Code("#i \"nuget: ../artifacts/packages\"\n#r \"nuget: DeepMath, 0.1.0\"",
            NotebookOutput.DisplayData([new("text/plain", "Installed Packages\n - DeepMath, 0.1.0")])));
        notebook.Cells.Add(MarkdownCell.Create("## 1 · Networks\n\nThe realization $$\\Phi(x) = W_2\\,\\varrho(W_1 x + b_1) + b_2$$ has $P = \\sum_l (N_{l-1}+1) N_l$ parameters."));
        notebook.Cells.Add(Code("var net = \"ReLU 1 → 16 → 1\";\nnet // the network",
            NotebookOutput.ExecuteResult(1, [new("text/plain", "ReLU 1 → 16 → 1")])));
        notebook.Cells.Add(Code("new[] { Check.Close(0, 0, 0, \"Φ is continuous\"), Check.AtMost(21, 289, \"pieces\") }",
            NotebookOutput.ExecuteResult(2, [new("text/html", "<table>…</table>"), new("text/plain", $"CheckResult[]\n{PassLine}\n{BoundLine}")])));
        notebook.Cells.Add(Code("Plot.Curves(...)", Chart()));
        notebook.Cells.Add(MarkdownCell.Create("## 1 · Networks\n\nA second section with the same title."));
        var raises = Code("Check.AtMost(0.2, 0.1, \"a deliberately false claim\")",
            NotebookOutput.Error("DeepMath.Checks.CheckFailedException", FalseLine, [$"DeepMath.Checks.CheckFailedException: {FalseLine}", "   at cell 8, line 1"]));
        Tag(raises, "raises-exception");
        notebook.Cells.Add(raises);
        notebook.Cells.Add(MarkdownCell.Create("### Exercise 0.1 (★) Count the parameters"));
        var exercise = Code("static long Count(int[] w)\n{\n    // BEGIN SOLUTION\n    return 42; // the secret solution\n    // END SOLUTION\n}");
        Tag(exercise, "exercise");
        notebook.Cells.Add(exercise);
        var tests = Code("var t = new ExerciseTests(\"0.1\");\nt.Run(\"visible\", () => Check.Equal(Count([1]), 42, \"v\"));\n// BEGIN HIDDEN TESTS\nt.Run(\"the hidden test\", () => {});\n// END HIDDEN TESTS\nt.Verify()",
            NotebookOutput.Stream("stdout", "PASS visible\nPASS the hidden test\n"),
            NotebookOutput.ExecuteResult(5, [new("text/plain", "Exercise 0.1: 2 of 2 tests pass")]));
        Tag(tests, "tests");
        notebook.Cells.Add(tests);
        return notebook;
    }

    public static BookChapter Chapter(Notebook notebook, bool fromCache = false) =>
        new(Path.GetFileNameWithoutExtension(notebook.Path!), notebook, Record(notebook.Cells.Code.Count()), fromCache);

    public static JsonObject Chart() => new()
    {
        ["data"] = new JsonObject
        {
            ["application/vnd.plotly.v1+json"] = JsonNode.Parse("""{"data":[{"type":"scatter","x":[1,2],"y":[3,4],"name":"</script><b>x</b>"}],"layout":{"title":{"text":"a chart"},"width":600}}"""),
            ["text/html"] = "<div id=\"abc\"></div><script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"></script>",
            ["text/plain"] = "Plotly.NET chart",
        },
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
        ["execution_count"] = 3,
    };

    public static CodeCell Code(string source, params JsonObject[] outputs)
    {
        var cell = CodeCell.Create(source);
        if (outputs.Length > 0) cell.SetOutputs(outputs);
        return cell;
    }

    public static void Tag(NotebookCell cell, string tag) => cell.Metadata["tags"] = new JsonArray(tag);
}
