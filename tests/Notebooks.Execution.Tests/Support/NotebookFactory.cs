using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Execution.Tests.Support;

/// <summary>Builds small notebooks in code and reads their outputs back.</summary>
internal static class NotebookFactory
{
    /// <summary>A C# notebook at <c>{folder}/test.ipynb</c> (not written) with one code cell per source.</summary>
    public static Notebook Create(string folder, params string[] cells)
    {
        var notebook = Notebook.CreatePolyglot(Path.Combine(folder, "test.ipynb"));
        foreach (var source in cells)
        {
            notebook.Cells.Add(CodeCell.Create(source));
        }

        return notebook;
    }

    public static CodeCell Tag(this CodeCell cell, string tag)
    {
        cell.Metadata["tags"] = new JsonArray(tag);
        return cell;
    }

    public static CodeCell Code(this Notebook notebook, int index) => (CodeCell)notebook.Cells[index];

    public static IReadOnlyList<JsonObject> Outputs(this Notebook notebook, int index) =>
        [.. notebook.Code(index).Outputs.Select(o => o!.AsObject())];

    public static string Type(this JsonObject output) => output["output_type"]!.GetValue<string>();

    /// <summary>The text of one mime type of a display_data/execute_result, or of a stream's text.</summary>
    public static string Text(this JsonObject output, string mime = "text/plain") =>
        output.Type() == "stream" ? NotebookText.Read(output["text"]) : NotebookText.Read(output["data"]?[mime]);

    public static IReadOnlyList<string> Traceback(this JsonObject output) =>
        [.. output["traceback"]!.AsArray().Select(l => l!.GetValue<string>())];
}
