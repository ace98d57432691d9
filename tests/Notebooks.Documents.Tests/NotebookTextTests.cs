namespace Notebooks.Documents.Tests;

/// <summary>Text fields are split after each "\n", as VS Code and .NET Interactive write them.</summary>
public sealed class NotebookTextTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a\n" })]
    [InlineData("a\nb", new[] { "a\n", "b" })]
    [InlineData("a\r\nb\r\n", new[] { "a\r\n", "b\r\n" })]
    [InlineData("\n\n", new[] { "\n", "\n" })]
    [InlineData("a\rb", new[] { "a\rb" })]
    public void split_lines_splits_after_each_newline(string text, string[] lines)
    {
        Assert.Equal(lines, NotebookText.SplitLines(text));
        Assert.Equal(text, string.Concat(NotebookText.SplitLines(text)));
    }

    [Fact]
    public void a_source_written_as_one_string_is_read_and_kept()
    {
        const string json = "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": \"a\\nb\"\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 4\n}\n";
        var notebook = Notebook.Parse(json);

        Assert.Equal("a\nb", notebook.Cells[0].Source);
        Assert.Equal(json, notebook.Emit());
    }

    [Fact]
    public void mime_values_are_stored_by_kind()
    {
        var bundle = NotebookOutput.MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = "a\nb",
            ["image/svg+xml"] = "<svg>\n</svg>",
            ["application/javascript"] = "x;\ny;",
            ["image/png"] = "iVBOR\nw0KGgo=",
            ["application/json"] = "{\"a\": [1, 2]}",
            ["application/vnd.plotly.v1+json"] = "{\"data\": []}",
        });

        Assert.Equal("[\"a\\n\",\"b\"]", bundle["text/plain"]!.ToJsonString());
        Assert.Equal(["<svg>\n", "</svg>"], bundle["image/svg+xml"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("[\"x;\\n\",\"y;\"]", bundle["application/javascript"]!.ToJsonString());
        Assert.Equal("\"iVBOR\\nw0KGgo=\"", bundle["image/png"]!.ToJsonString());
        Assert.Equal("{\"a\":[1,2]}", bundle["application/json"]!.ToJsonString());
        Assert.Equal("{\"data\":[]}", bundle["application/vnd.plotly.v1+json"]!.ToJsonString());
        Assert.Throws<ArgumentException>(() => NotebookOutput.MimeValue("application/json", "{not json"));
    }
}
