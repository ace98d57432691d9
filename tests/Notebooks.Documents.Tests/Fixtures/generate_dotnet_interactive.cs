// Writes dotnet-interactive.ipynb in the layout of the .NET Interactive Documents writer (what dotnet-repl and
// #!import save), which the NuGet feed we reach does not serve:
//
//     dotnet run generate_dotnet_interactive.cs
//
// Like Documents' Notebook.ToJupyterJson it serializes with System.Text.Json (indented, UnsafeRelaxedJsonEscaping),
// in the writer's key order (cells, metadata, nbformat, nbformat_minor; cell_type, execution_count, id, metadata,
// outputs, source), then rewrites each two-space indent to one space with the same regular expression and writes
// UTF-8 without a byte order mark or a final newline (polyglot-format.md §1.4).
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

var buffer = new MemoryStream();
using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
{
    void Lines(string name, string text)
    {
        w.WriteStartArray(name);
        foreach (var line in Regex.Split(text, "(?<=\n)").Where(l => l.Length > 0))
        {
            w.WriteStringValue(line);
        }

        w.WriteEndArray();
    }

    void CodeCell(int? count, string id, string source, Action outputs)
    {
        w.WriteStartObject();
        w.WriteString("cell_type", "code");
        if (count is { } n) { w.WriteNumber("execution_count", n); } else { w.WriteNull("execution_count"); }
        w.WriteString("id", id);
        w.WriteStartObject("metadata");
        w.WriteStartObject("dotnet_interactive"); w.WriteString("language", "csharp"); w.WriteEndObject();
        w.WriteStartObject("polyglot_notebook"); w.WriteString("kernelName", "csharp"); w.WriteEndObject();
        w.WriteString("dotnet_repl_cellExecutionStartTime", "2025-05-22T10:00:00.0000000+00:00");
        w.WriteEndObject();
        w.WriteStartArray("outputs"); outputs(); w.WriteEndArray();
        Lines("source", source);
        w.WriteEndObject();
    }

    w.WriteStartObject();
    w.WriteStartArray("cells");
    w.WriteStartObject();
    w.WriteString("cell_type", "markdown");
    w.WriteString("id", "5a6b7c8d");
    w.WriteStartObject("metadata"); w.WriteEndObject();
    Lines("source", "## Optimization 😀\n\nStep size η ≤ 1/L, <b>bold</b> & 'quoted'.");
    w.WriteEndObject();
    CodeCell(null, "6b7c8d9e", "var eta = 0.1;\nConsole.WriteLine($\"η = {eta}\");", () =>
    {
        w.WriteStartObject(); w.WriteString("name", "stdout"); w.WriteString("output_type", "stream"); Lines("text", "η = 0.1\n\n\u001B[32mok\u001B[0m\n"); w.WriteEndObject();
    });
    CodeCell(null, "7c8d9eaf", "new { A = 1 }", () =>
    {
        w.WriteStartObject();
        w.WriteStartObject("data"); Lines("text/html", "<table><tr><td>A</td><td>1</td></tr></table>"); Lines("text/plain", "{ A = 1 }"); w.WriteEndObject();
        w.WriteStartObject("metadata"); w.WriteEndObject();
        w.WriteString("output_type", "display_data");
        w.WriteEndObject();
        w.WriteStartObject(); w.WriteString("ename", "Error"); w.WriteString("evalue", "boom"); w.WriteString("output_type", "error"); Lines("traceback", "   at Submission#2.<<Initialize>>d__0.MoveNext()"); w.WriteEndObject();
    });
    w.WriteEndArray();
    w.WriteStartObject("metadata");
    w.WriteStartObject("kernelspec"); w.WriteString("display_name", ".NET (C#)"); w.WriteString("language", "C#"); w.WriteString("name", ".net-csharp"); w.WriteEndObject();
    w.WriteStartObject("language_info"); w.WriteString("file_extension", ".cs"); w.WriteString("mimetype", "text/x-csharp"); w.WriteString("name", "C#"); w.WriteString("pygments_lexer", "csharp"); w.WriteString("version", "13.0"); w.WriteEndObject();
    w.WriteStartObject("polyglot_notebook"); w.WriteString("defaultKernelName", "csharp");
    w.WriteStartArray("items"); w.WriteStartObject(); w.WriteString("name", "csharp"); w.WriteEndObject(); w.WriteEndArray();
    w.WriteEndObject();
    w.WriteEndObject();
    w.WriteNumber("nbformat", 4);
    w.WriteNumber("nbformat_minor", 5);
    w.WriteEndObject();
}

var json = Encoding.UTF8.GetString(buffer.ToArray());
var singleSpaceIndented = Regex.Replace(json, "(^|\\G)( ){2}", " ", RegexOptions.Multiline);
var path = Path.Combine(Path.GetDirectoryName(ThisFile())!, "dotnet-interactive.ipynb");
File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(singleSpaceIndented));
Console.WriteLine($"wrote {Path.GetFileName(path)}");

static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
