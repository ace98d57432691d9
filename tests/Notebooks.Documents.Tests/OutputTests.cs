using System.Text.Json.Nodes;

namespace Notebooks.Documents.Tests;

/// <summary>Replacing outputs and execution counts writes what Jupyter and VS Code would have written.</summary>
public sealed class OutputTests
{
    private const string PlotlyJson =
        "{\"data\":[{\"type\":\"scatter\",\"x\":[0,0.5,1],\"y\":[1e-05,0.25,1.5],\"name\":\"σ(x) ≤ 1\"}],\"layout\":{\"title\":{\"text\":\"loss\"},\"width\":600}}";

    [Fact]
    public void outputs_rebuilt_with_the_factories_equal_the_nbformat_written_file()
    {
        var notebook = Fixture.Load("jupyter-executed.ipynb");
        var cells = notebook.Cells.Code.ToList();
        foreach (var cell in cells)
        {
            cell.ClearOutputs();
        }

        Run(cells[0], 1, NotebookOutput.Stream("stdout", "epoch 1: loss 0.25\nepoch 2: loss 0.125\n"), NotebookOutput.Stream("stderr", "warning: slow\n"));
        Run(cells[1], 2, NotebookOutput.DisplayData(new Dictionary<string, string>
        {
            ["text/html"] = "<div id=\"a\">\r\n<b>σ</b>\r\n</div>",
            ["application/vnd.plotly.v1+json"] = PlotlyJson,
        }));
        Run(cells[2], 3, NotebookOutput.ExecuteResult(3, new Dictionary<string, string> { ["text/plain"] = "2" }));
        Run(cells[3], 4, NotebookOutput.Error("Error", "oops!", ["System.Exception: oops!", "\u001b[0;31m   at Submission#3.<<Initialize>>d__0.MoveNext()\u001b[0m"]));

        Assert.Equal(Fixture.Text("jupyter-executed.ipynb"), notebook.ToJson());
    }

    [Fact]
    public void outputs_rebuilt_with_the_factories_equal_the_vscode_written_file()
    {
        var notebook = Fixture.Load("vscode-polyglot.ipynb");
        var cells = notebook.Cells.Code.ToList();
        const string styles = "<style>\r\n.dni-code-hint {\r\n    font-style: italic;\r\n}\r\n</style>";
        const string message = "System.Exception: oops!\r\n   at Submission#3.<<Initialize>>d__0.MoveNext()\r\n--- End of stack trace from previous location ---";
        cells[0].ClearOutputs();
        cells[1].ClearOutputs();

        Run(cells[0], 1, NotebookOutput.DisplayData(new Dictionary<string, string>
        {
            ["text/html"] = "<div class=\"dni-plaintext\"><pre>tab\t and \"quotes\"</pre></div>" + styles,
        }));
        Run(cells[1], 2, NotebookOutput.Stream("stdout", "π ≈ 3.14\n"), NotebookOutput.Error("Error", message, NotebookText.SplitLines(message)));

        Assert.Equal(Fixture.Text("vscode-polyglot.ipynb"), notebook.ToJson());
    }

    [Fact]
    public void outputs_rebuilt_with_the_factories_equal_the_dotnet_written_file()
    {
        var notebook = Fixture.Load("dotnet-interactive.ipynb");
        var cells = notebook.Cells.Code.ToList();
        cells[0].SetOutputs([NotebookOutput.Stream("stdout", "η = 0.1\n\n\u001b[32mok\u001b[0m\n")]);
        cells[1].SetOutputs(
        [
            NotebookOutput.DisplayData(new Dictionary<string, string> { ["text/html"] = "<table><tr><td>A</td><td>1</td></tr></table>", ["text/plain"] = "{ A = 1 }" }),
            NotebookOutput.Error("Error", "boom", ["   at Submission#2.<<Initialize>>d__0.MoveNext()"]),
        ]);

        Assert.Equal(Fixture.Text("dotnet-interactive.ipynb"), notebook.ToJson());
    }

    [Theory]
    [InlineData("jupyter-unexecuted.ipynb")]
    [InlineData("jupyter-nbformat-4.4.ipynb")]
    [InlineData("vscode-polyglot.ipynb")]
    [InlineData("dotnet-interactive.ipynb")]
    public void an_executed_notebook_is_valid_and_exactly_what_nbformat_would_write(string name)
    {
        using var temp = Fixture.TempDirectory();
        var notebook = Fixture.Load(name);
        var count = 0;
        foreach (var cell in notebook.Cells.Code)
        {
            Run(cell, ++count, EveryKindOfOutput(count));
        }

        var ours = temp.File("ours.ipynb");
        var theirs = temp.File("theirs.ipynb");
        NotebookFile.WriteAtomically(ours, notebook);
        Python.Validate(ours);
        Python.Resave(ours, theirs);

        // nbformat sorts keys and ends with a newline. The .NET layout does neither, and keeps the file's own
        // escapes, so there the two files must hold the same JSON rather than the same bytes.
        var expected = File.ReadAllText(theirs);
        var actual = File.ReadAllText(ours);
        if (notebook.Style.SortKeys && notebook.Style.FinalNewLine)
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), actual);
        }
    }

    [Fact]
    public void new_values_in_text_fields_are_written_as_line_arrays_and_transient_is_dropped()
    {
        var notebook = Fixture.Load("jupyter-unexecuted.ipynb");
        var cell = notebook.Cells.Code.First();
        var output = new JsonObject
        {
            ["name"] = "stdout",
            ["output_type"] = "stream",
            ["text"] = "a\nb",
            ["transient"] = new JsonObject { ["display_id"] = "x" },
        };
        cell.Outputs.Add(output);

        var json = notebook.ToJson();

        Assert.Contains("\"text\": [\n      \"a\\n\",\n      \"b\"\n     ]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("transient", json, StringComparison.Ordinal);
    }

    private static JsonObject[] EveryKindOfOutput(int count) =>
    [
        NotebookOutput.Stream("stdout", "line 1 σ\nline 2 ≤ 😀\r\n"),
        NotebookOutput.DisplayData(new Dictionary<string, string>
        {
            ["text/html"] = "<b>\"bold\"</b>\r\n<i>x</i>",
            ["application/vnd.plotly.v1+json"] = "{\"data\":[{\"y\":[1e-7,0.00001,123.456,-2.5e-300]}],\"layout\":{}}",
            ["image/png"] = "iVBORw0KGgo=",
        }),
        NotebookOutput.ExecuteResult(count, new Dictionary<string, string> { ["text/plain"] = "42", ["application/json"] = "{\"b\":1,\"a\":[true,null]}" }),
        NotebookOutput.Error("System.Exception", "oops", ["System.Exception: oops\n", "\u001b[31m   at Submission#0\u001b[0m"]),
    ];

    private static void Run(CodeCell cell, int executionCount, params JsonObject[] outputs)
    {
        cell.ExecutionCount = executionCount;
        cell.SetOutputs(outputs);
    }
}
