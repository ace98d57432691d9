using System.Text.Json.Nodes;
using Notebooks.Documents;
using TestSupport;

namespace TestSupport.Tests;

public sealed class OutputNormalizerTests
{
    private static readonly OutputNormalizer Normalizer = new(
    [
        ("/work/main", "<repo>"),
        ("/home/student", "<home>"),
        ("/home/student/.nuget/packages", "<nuget>"),
        ("/tmp/", "<temp>"),
    ]);

    [Theory]
    [InlineData("Wall time: 12.3ms", "Wall time: <elapsed>")]
    [InlineData("trained in 4.21 s.", "trained in <elapsed>.")]
    [InlineData("took 250 µs and 3 seconds", "took <elapsed> and <elapsed>")]
    [InlineData("Elapsed 00:00:01.2345678", "Elapsed <elapsed>")]
    public void timings_become_a_placeholder(string text, string expected) =>
        Assert.Equal(expected, Normalizer.NormalizeText(text));

    [Fact]
    public void words_that_start_like_a_time_unit_are_not_timings() =>
        Assert.Equal("600 steps, 2 spirals of 200 samples", Normalizer.NormalizeText("600 steps, 2 spirals of 200 samples"));

    [Fact]
    public void guids_become_numbered_placeholders_and_the_same_guid_keeps_its_number()
    {
        var text = "a 3f2504e0-4f89-11d3-9a0c-0305e82c3301 b 6ba7b810-9dad-11d1-80b4-00c04fd430c8 c 3F2504E0-4F89-11D3-9A0C-0305E82C3301";

        Assert.Equal("a <guid-1> b <guid-2> c <guid-1>", Normalizer.NormalizeText(text));
    }

    [Fact]
    public void plotlys_div_id_and_render_function_share_one_placeholder()
    {
        const string html = """<div id="3f2504e0-4f89-11d3-9a0c-0305e82c3301"></div><script>var renderPlotly_3f2504e04f8911d39a0c0305e82c3301 = function() {}</script>""";

        Assert.Equal("""<div id="<guid-1>"></div><script>var renderPlotly_<guid-1> = function() {}</script>""", Normalizer.NormalizeText(html));
    }

    [Fact]
    public void plotly_outputs_keep_the_figure_json_and_drop_the_html()
    {
        var output = NotebookOutput.ExecuteResult(3,
        [
            KeyValuePair.Create("text/html", """<div id="3f2504e0-4f89-11d3-9a0c-0305e82c3301"></div>"""),
            KeyValuePair.Create("application/vnd.plotly.v1+json", """{"data":[{"y":[0.69314718,0.0123456789],"x":[1,2]}],"layout":{"title":{"text":"loss"}}}"""),
            KeyValuePair.Create("text/plain", "Plotly.NET chart"),
        ]);

        var data = (JsonObject)Normalizer.NormalizeOutput(output)["data"]!;

        Assert.Equal(["application/vnd.plotly.v1+json", "text/plain"], data.Select(p => p.Key));
        Assert.Equal("""{"data":[{"y":[0.693147,0.0123457],"x":[1,2]}],"layout":{"title":{"text":"loss"}}}""",
            data["application/vnd.plotly.v1+json"]!.ToJsonString());
    }

    [Fact]
    public void json_numbers_normalise_by_value_whether_written_as_integers_or_with_a_decimal_point()
    {
        // The kit writes 2^20 as 1048576, Python's nbformat (nbconvert, the kernel's path) as 1048576.0.
        var kit = Figure("""[1048576, 318644812890625, 0.5, 1.0000001234]""");
        var python = Figure("""[1048576.0, 318644812890625.0, 0.50, 1.0000001234e0]""");

        Assert.Equal(Snapshot(kit), Snapshot(python));
        Assert.Contains("[1048576,318644812890625,0.5,1]", Snapshot(kit)); // integral values exact, the rest 6 digits
    }

    [Fact]
    public void html_without_a_plotly_figure_is_kept()
    {
        var output = NotebookOutput.DisplayData([KeyValuePair.Create("text/html", "<b>hi</b>")]);

        Assert.Equal("<b>hi</b>", Normalizer.NormalizeOutput(output)["data"]!["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void display_ids_become_numbered_placeholders_and_transient_is_dropped()
    {
        var output = new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = new JsonObject { ["text/plain"] = "x" },
            ["metadata"] = new JsonObject { ["display_id"] = "display-7f3a" },
            ["transient"] = new JsonObject { ["display_id"] = "display-7f3a" },
        };

        var normalized = Normalizer.NormalizeOutput(output);

        Assert.False(normalized.ContainsKey("transient"));
        Assert.Equal("<display-1>", normalized["metadata"]!["display_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/work/main/notebooks/00-sample.ipynb", "<repo>/notebooks/00-sample.ipynb")]
    [InlineData("/home/student/.nuget/packages/deepmath/0.1.0", "<nuget>/deepmath/0.1.0")]
    [InlineData("/home/student/notes.txt", "<home>/notes.txt")]
    [InlineData("at Foo() in /tmp/kit-123/a.cs:line 4", "at Foo() in <temp>/kit-123/a.cs:line 4")]
    [InlineData("/work/mainline/x and /home/students", "/work/mainline/x and /home/students")]
    public void absolute_paths_become_placeholders_for_whole_folder_names_only(string text, string expected) =>
        Assert.Equal(expected, Normalizer.NormalizeText(text));

    [Fact]
    public void hex_addresses_become_a_placeholder() =>
        Assert.Equal("pointer 0x<addr>, handle 0x<addr>", Normalizer.NormalizeText("pointer 0x7ffd5c2a10e8, handle 0x00001F40"));

    [Theory]
    [InlineData("loss 0.693147182 → 0.0123456789", "loss 0.693147 → 0.0123457")]
    [InlineData("lr 1.23456789E-05, scale 1.5e+06", "lr 1.23457E-05, scale 1.5E+06")]
    [InlineData("slope -0.4981234567.", "slope -0.498123.")]
    [InlineData("measured 0.9712, predicted ≥ 0.95: PASS", "measured 0.9712, predicted ≥ 0.95: PASS")]
    public void floating_point_numbers_keep_six_significant_digits(string text, string expected) =>
        Assert.Equal(expected, Normalizer.NormalizeText(text));

    [Theory]
    [InlineData(" - DeepMath, 0.1.0")]
    [InlineData("TorchSharp-cpu 0.107.0 at 192.168.1.20")]
    [InlineData("600 steps, cell 3, line 12, seed 42")]
    [InlineData("x₁ v2.5a float32")]
    public void integers_versions_and_identifiers_are_left_exactly_as_they_are(string text) =>
        Assert.Equal(text, Normalizer.NormalizeText(text));

    [Fact]
    public void a_changed_number_changes_the_snapshot()
    {
        Assert.NotEqual(Normalizer.NormalizeText("accuracy 0.9712"), Normalizer.NormalizeText("accuracy 0.9713"));
        Assert.NotEqual(Normalizer.NormalizeText("loss 0.123456"), Normalizer.NormalizeText("loss 0.123457"));
        Assert.NotEqual(Normalizer.NormalizeText("400 points"), Normalizer.NormalizeText("401 points"));
        Assert.NotEqual(Snapshot(Figure(0.6931)), Snapshot(Figure(0.6932)));
    }

    [Fact]
    public void a_difference_beyond_the_sixth_significant_digit_does_not_change_the_snapshot()
    {
        Assert.Equal(Normalizer.NormalizeText("loss 0.12345671"), Normalizer.NormalizeText("loss 0.12345674"));
        Assert.Equal(Snapshot(Figure(0.693147182)), Snapshot(Figure(0.693147179)));
    }

    [Fact]
    public void the_snapshot_lists_each_code_cell_with_its_execution_count_and_outputs()
    {
        var notebook = Notebook.CreatePolyglot();
        notebook.Cells.Add(MarkdownCell.Create("# Title"));
        var first = CodeCell.Create("Console.WriteLine(\"a\");");
        first.ExecutionCount = 1;
        first.SetOutputs([NotebookOutput.Stream("stdout", "wrote /work/main/a.txt in 1.5 s\nloss 0.123456789\n")]);
        notebook.Cells.Add(first);
        notebook.Cells.Add(CodeCell.Create("// not run"));

        var snapshot = Normalizer.Normalize(notebook);

        Assert.Equal(
            """[{"cell":1,"execution_count":1,"outputs":[{"name":"stdout","output_type":"stream","text":["wrote <repo>/a.txt in <elapsed>","loss 0.123457",""]}]},{"cell":2,"execution_count":null,"outputs":[]}]""",
            snapshot.ToJsonString(Relaxed));
    }

    [Fact]
    public void error_outputs_are_normalised_frame_by_frame()
    {
        var output = NotebookOutput.Error("CheckFailedException", "measured 0.912345678, predicted ≥ 0.95: FAIL",
            ["CheckFailedException: measured 0.912345678", "   at DeepMath.Checks.Check.Verify() in /work/main/src/DeepMath/Checks/Check.cs:line 107"]);

        var normalized = Normalizer.NormalizeOutput(output);

        Assert.Equal("measured 0.912346, predicted ≥ 0.95: FAIL", normalized["evalue"]!.GetValue<string>());
        Assert.Equal(
            """["CheckFailedException: measured 0.912346","   at DeepMath.Checks.Check.Verify() in <repo>/src/DeepMath/Checks/Check.cs:line 107"]""",
            normalized["traceback"]!.ToJsonString(Relaxed));
    }

    [Fact]
    public void normalising_does_not_modify_the_notebook()
    {
        var output = NotebookOutput.Stream("stdout", "0x7ffd5c2a10e8 0.123456789\n");
        var before = output.ToJsonString();

        Normalizer.NormalizeOutput(output);

        Assert.Equal(before, output.ToJsonString());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Figure(double y) => NotebookOutput.DisplayData(
        [KeyValuePair.Create("application/vnd.plotly.v1+json", $$"""{"data":[{"y":[{{y.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}]}]}""")]);

    private static JsonObject Figure(string y) => NotebookOutput.DisplayData(
        [KeyValuePair.Create("application/vnd.plotly.v1+json", $$"""{"data":[{"y":{{y}}}]}""")]);

    private static string Snapshot(JsonObject output) => Normalizer.NormalizeOutput(output).ToJsonString();
}
