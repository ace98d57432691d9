using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Execution;

/// <summary>Turns a cell's <see cref="CellOutput"/>s into nbformat outputs, as VS Code saves them.</summary>
/// <remarks>
/// Consecutive chunks of one stream become one output (VS Code appends a chunk to the previous output of the same
/// stream). An update replaces the data of the earlier display with its id in place, even in an earlier cell,
/// because nbformat has no update output and <c>transient</c> is never saved. One assembler lives for one run.
/// </remarks>
internal sealed class OutputAssembler
{
    private readonly Dictionary<string, JsonObject> _displays = new(StringComparer.Ordinal);

    public List<JsonObject> Assemble(IEnumerable<CellOutput> outputs, int executionCount)
    {
        var result = new List<JsonObject>();
        string? lastStream = null;
        var streamText = new System.Text.StringBuilder();
        void FlushStream()
        {
            if (lastStream is not null)
            {
                result.Add(NotebookOutput.Stream(lastStream, streamText.ToString()));
                streamText.Clear();
                lastStream = null;
            }
        }

        foreach (var output in outputs)
        {
            if (output is StreamOutput stream)
            {
                if (lastStream != stream.Name)
                {
                    FlushStream();
                    lastStream = stream.Name;
                }

                streamText.Append(stream.Text);
                continue;
            }

            FlushStream();
            switch (output)
            {
                case DisplayOutput { IsUpdate: true } update when _displays.TryGetValue(update.DisplayId, out var shown):
                    shown["data"] = NotebookOutput.MimeBundle(Strings(update.Data));
                    break;
                case DisplayOutput display:
                    var json = NotebookOutput.DisplayData(Strings(display.Data));
                    _displays[display.DisplayId] = json;
                    result.Add(json);
                    break;
                case ResultOutput value:
                    result.Add(NotebookOutput.ExecuteResult(executionCount, Strings(value.Data)));
                    break;
                case ErrorOutput error:
                    result.Add(NotebookOutput.Error(error.Name, error.Value, error.Traceback));
                    break;
            }
        }

        FlushStream();
        return result;
    }

    // The Documents factories take mime → text and parse JSON mimes themselves.
    private static IEnumerable<KeyValuePair<string, string>> Strings(JsonObject data) =>
        data.Select(p => KeyValuePair.Create(p.Key, p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? "null"));
}
