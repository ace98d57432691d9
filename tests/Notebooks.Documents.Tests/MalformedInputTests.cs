namespace Notebooks.Documents.Tests;

/// <summary>Bad input gives a NotebookException that says which file, where and what is wrong.</summary>
public sealed class MalformedInputTests
{
    private const string Path = "notebooks/01-approximation.ipynb";

    [Fact]
    public void malformed_json_reports_line_and_column()
    {
        const string json = "{\n \"cells\": [],\n \"metadata\": {σ}\n}";

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Equal(Path, ex.Path);
        Assert.Equal(3, ex.Line);
        Assert.Equal(15, ex.Column);
        Assert.Null(ex.CellIndex);
        Assert.StartsWith($"{Path}:3:15: malformed JSON: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'σ' is an invalid start of a property name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void truncated_json_is_malformed()
    {
        var text = Fixture.Text("jupyter-unexecuted.ipynb");

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(text[..(text.Length / 2)], Path));

        Assert.StartsWith($"{Path}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void nbformat_3_says_how_to_convert()
    {
        const string json = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}";

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Equal($"{Path}: nbformat 3 is not supported; convert with `jupyter nbconvert --to notebook --nbformat 4`", ex.Message);
    }

    [Fact]
    public void other_major_versions_are_refused()
    {
        const string json = "{\"cells\": [], \"metadata\": {}, \"nbformat\": 5, \"nbformat_minor\": 0}";

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Equal($"{Path}: nbformat 5 is not supported (only nbformat 4 is supported)", ex.Message);
    }

    [Fact]
    public void a_missing_file_is_not_found()
    {
        using var temp = Fixture.TempDirectory();
        var path = temp.File("missing.ipynb");

        var ex = Assert.Throws<NotebookNotFoundException>(() => Notebook.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: notebook not found", ex.Message);
        Assert.IsAssignableFrom<NotebookException>(ex);
    }

    [Theory]
    [InlineData("{\"cells\": [], \"metadata\": {}, \"nbformat_minor\": 5}", "missing required key 'nbformat'")]
    [InlineData("{\"cells\": [], \"metadata\": {}, \"nbformat\": \"4\", \"nbformat_minor\": 5}", "'nbformat' must be an integer")]
    [InlineData("{\"cells\": [], \"metadata\": {}, \"nbformat\": 4}", "missing required key 'nbformat_minor'")]
    [InlineData("{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5}", "missing required key 'metadata'")]
    [InlineData("{\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "missing required key 'cells'")]
    [InlineData("{\"cells\": {}, \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "'cells' must be an array")]
    [InlineData("{\"metadata\": {}, \"nbformat_minor\": 0, \"worksheets\": []}", "missing required key 'nbformat' (this looks like nbformat 3; convert with `jupyter nbconvert --to notebook --nbformat 4`)")]
    [InlineData("[1, 2]", "not a notebook: the top level is not a JSON object")]
    public void missing_or_mistyped_document_keys_are_named(string json, string reason)
    {
        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Equal(reason, ex.Reason);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cell_type\": \"heading\", \"metadata\": {}, \"source\": \"# x\", \"level\": 1}", "unknown cell_type 'heading' (nbformat 4 has code, markdown and raw)")]
    [InlineData("{\"metadata\": {}, \"source\": \"x\"}", "missing required key 'cell_type'")]
    [InlineData("{\"cell_type\": \"markdown\", \"metadata\": {}}", "missing required key 'source'")]
    [InlineData("{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [1]}", "'source' must be a string or an array of strings")]
    [InlineData("{\"cell_type\": \"markdown\", \"source\": \"\"}", "missing required key 'metadata'")]
    [InlineData("{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"source\": \"\"}", "missing required key 'outputs'")]
    [InlineData("{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": \"\"}", "missing required key 'execution_count'")]
    [InlineData("{\"cell_type\": \"code\", \"execution_count\": \"1\", \"metadata\": {}, \"outputs\": [], \"source\": \"\"}", "'execution_count' must be an integer or null")]
    [InlineData("42", "a cell must be a JSON object")]
    public void a_bad_cell_is_reported_with_its_index_and_line(string badCell, string reason)
    {
        var json = "{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"ok\"},\n  " + badCell +
            "\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Equal(1, ex.CellIndex);
        Assert.Equal(4, ex.Line);
        Assert.Equal(reason, ex.Reason);
        Assert.Equal($"{Path}:4: cell 2: {reason}", ex.Message);
    }

    [Fact]
    public void text_that_is_not_utf8_is_refused()
    {
        byte[] bytes = [.. "{\"cells\": [], \"metadata\": {\"x\": \""u8, 0xff, .. "\"}, \"nbformat\": 4, \"nbformat_minor\": 5}"u8];

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.FromUtf8(bytes, Path));

        Assert.Equal($"{Path}: not valid UTF-8 (byte 33)", ex.Message);
    }

    [Fact]
    public void a_repeated_key_is_malformed()
    {
        const string json = "{\"cells\": [], \"metadata\": {}, \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";

        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse(json, Path));

        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("metadata", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void without_a_path_the_message_says_notebook()
    {
        var ex = Assert.Throws<NotebookInvalidException>(() => Notebook.Parse("{"));

        Assert.Null(ex.Path);
        Assert.StartsWith("<notebook>:", ex.Message, StringComparison.Ordinal);
    }
}
