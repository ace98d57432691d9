using System.Text;

namespace Notebooks.Documents.Tests;

/// <summary>Reading then writing a notebook that was not changed gives back the same bytes.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Fixture.All), MemberType = typeof(Fixture))]
    public void an_unchanged_notebook_is_written_back_byte_for_byte(string name)
    {
        var notebook = Fixture.Load(name);

        Assert.Equal(Fixture.Bytes(name), notebook.ToUtf8Bytes());
    }

    [Theory]
    [MemberData(nameof(Fixture.All), MemberType = typeof(Fixture))]
    public void the_layout_writer_alone_reproduces_every_fixture(string name)
    {
        // Emit() skips the "nothing changed, return the original text" shortcut, so this proves that the detected
        // style plus the kept scalar texts are exactly how the tool wrote the file.
        var notebook = Fixture.Load(name);

        Assert.Equal(Fixture.Text(name), notebook.Emit());
    }

    [Theory]
    [MemberData(nameof(Fixture.All), MemberType = typeof(Fixture))]
    public void a_windows_checkout_with_crlf_line_ends_keeps_them(string name)
    {
        var crlf = Fixture.Text(name).Replace("\n", "\r\n", StringComparison.Ordinal);
        var notebook = Notebook.Parse(crlf);

        Assert.Equal("\r\n", notebook.Style.NewLine);
        Assert.Equal(crlf, notebook.Emit());
    }

    [Fact]
    public void a_byte_order_mark_is_kept()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Fixture.Bytes("vscode-polyglot.ipynb")];

        var notebook = Notebook.FromUtf8(bytes);

        Assert.True(notebook.Style.ByteOrderMark);
        Assert.Equal(bytes, notebook.ToUtf8Bytes());
    }

    [Fact]
    public void an_irregular_hand_edited_file_is_kept_as_is_while_unchanged()
    {
        const string json = "{\"cells\" : [ {\"cell_type\":\"markdown\", \"metadata\":{}, \"source\":\"# Hi\"}],\n" +
            "   \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5 }";
        var notebook = Notebook.Parse(json);

        Assert.Equal(json, notebook.ToJson());
    }

    [Fact]
    public void a_compact_single_line_file_keeps_its_separators_when_edited()
    {
        const string json = "{\"cells\":[{\"cell_type\":\"code\",\"execution_count\":null,\"metadata\":{},\"outputs\":[],\"source\":\"1\"}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":4}";
        var notebook = Notebook.Parse(json);

        ((CodeCell)notebook.Cells[0]).ExecutionCount = 1;

        Assert.Equal(json.Replace("\"execution_count\":null", "\"execution_count\":1", StringComparison.Ordinal), notebook.ToJson());
    }

    [Theory]
    [MemberData(nameof(Fixture.All), MemberType = typeof(Fixture))]
    public void reading_cells_and_metadata_does_not_change_the_file(string name)
    {
        var notebook = Fixture.Load(name);

        foreach (var cell in notebook.Cells)
        {
            _ = (cell.Source, cell.Tags, cell.Kernel, cell.Id, cell.Metadata.Count);
            cell.Source = cell.Source;
            if (cell is CodeCell code)
            {
                code.ExecutionCount = code.ExecutionCount;
                _ = code.Outputs.Count;
            }
        }

        Assert.Equal(Fixture.Bytes(name), notebook.ToUtf8Bytes());
    }
}
