using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>
/// Factories for nbformat 4 outputs as <see cref="JsonObject"/>s, with keys in the sorted order Jupyter and VS Code
/// write (<c>data, execution_count, metadata, output_type</c>), text as line arrays and JSON mimes embedded.
/// </summary>
public static class NotebookOutput
{
    /// <summary>A <c>stream</c> output: <c>{"name", "output_type": "stream", "text": [lines]}</c>.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">What was written, e.g. <c>"epoch 1: loss 0.25\n"</c>.</param>
    public static JsonObject Stream(string name, string text) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = NotebookText.ToJsonLines(text),
    };

    /// <summary>A <c>display_data</c> output, what VS Code saves for both <c>display(x)</c> and a cell's trailing value.</summary>
    /// <param name="data">Mime type to formatted value, e.g. <c>text/html</c> to the HTML; see <see cref="MimeBundle"/> for how values are stored.</param>
    /// <param name="metadata">Output metadata, or null for <c>{}</c>.</param>
    public static JsonObject DisplayData(IEnumerable<KeyValuePair<string, string>> data, JsonObject? metadata = null) => new()
    {
        ["data"] = MimeBundle(data),
        ["metadata"] = metadata ?? new JsonObject(),
        ["output_type"] = "display_data",
    };

    /// <summary>An <c>execute_result</c> output, what Jupyter saves for a cell's trailing value.</summary>
    /// <param name="executionCount">The cell's execution count (1 for the first cell run), or null.</param>
    /// <param name="data">Mime type to formatted value; see <see cref="MimeBundle"/>.</param>
    /// <param name="metadata">Output metadata, or null for <c>{}</c>.</param>
    public static JsonObject ExecuteResult(int? executionCount, IEnumerable<KeyValuePair<string, string>> data, JsonObject? metadata = null) => new()
    {
        ["data"] = MimeBundle(data),
        ["execution_count"] = executionCount,
        ["metadata"] = metadata ?? new JsonObject(),
        ["output_type"] = "execute_result",
    };

    /// <summary>An <c>error</c> output: <c>{"ename", "evalue", "output_type": "error", "traceback": [...]}</c>.</summary>
    /// <param name="ename">The error name, e.g. <c>Error</c> (what Polyglot writes) or an exception type name.</param>
    /// <param name="evalue">The message.</param>
    /// <param name="traceback">The traceback entries as written (nbformat does not split them further).</param>
    public static JsonObject Error(string ename, string evalue, IEnumerable<string> traceback)
    {
        var lines = new JsonArray();
        foreach (var line in traceback)
        {
            lines.Add(JsonValue.Create(line));
        }

        return new JsonObject
        {
            ["ename"] = ename,
            ["evalue"] = evalue,
            ["output_type"] = "error",
            ["traceback"] = lines,
        };
    }

    /// <summary>
    /// A mime bundle: JSON mimes (<see cref="MimeTypes.IsJson"/>) parsed into embedded JSON, text mimes split into
    /// lines, anything else (base64 images) kept as one string. Keys keep the order given.
    /// </summary>
    /// <param name="data">Mime type to value; a JSON mime's value must be JSON text.</param>
    /// <exception cref="ArgumentException">A JSON mime's value is not valid JSON.</exception>
    public static JsonObject MimeBundle(IEnumerable<KeyValuePair<string, string>> data)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, value) in data)
        {
            bundle[mimeType] = MimeValue(mimeType, value);
        }

        return bundle;
    }

    /// <summary>The stored form of one mime value (see <see cref="MimeBundle"/>).</summary>
    /// <param name="mimeType">The mime type, e.g. <c>application/vnd.plotly.v1+json</c>.</param>
    /// <param name="value">The formatted value; JSON text for a JSON mime.</param>
    public static JsonNode? MimeValue(string mimeType, string value)
    {
        if (MimeTypes.IsJson(mimeType))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException ex)
            {
                throw new ArgumentException($"the value for {mimeType} is not valid JSON: {ex.Message}", nameof(value), ex);
            }
        }

        return MimeTypes.IsSplitIntoLines(mimeType) ? NotebookText.ToJsonLines(value) : JsonValue.Create(value);
    }
}
