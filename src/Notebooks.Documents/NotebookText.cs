using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>The multi-line text fields of nbformat (<c>source</c>, stream <c>text</c>, <c>text/*</c> data): a string on disk is a list of lines.</summary>
public static class NotebookText
{
    /// <summary>Splits after each <c>"\n"</c>, keeping it, and drops an empty last piece, as VS Code and .NET Interactive do.</summary>
    /// <param name="text">The text, e.g. <c>"a\nb\n"</c> gives <c>["a\n", "b\n"]</c>; <c>""</c> gives no lines.</param>
    /// <remarks>
    /// A <c>"\r\n"</c> stays inside its line. Python's nbformat uses <c>str.splitlines(True)</c>, which also splits
    /// at a lone <c>"\r"</c>, <c>"\v"</c>, <c>"\f"</c>, U+2028 and a few more; joined, both give the same text.
    /// </remarks>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>The same lines as a JSON array, the shape nbformat writes.</summary>
    /// <param name="text">The text to split.</param>
    public static JsonArray ToJsonLines(string text)
    {
        var array = new JsonArray();
        foreach (var line in SplitLines(text))
        {
            array.Add(JsonValue.Create(line));
        }

        return array;
    }

    /// <summary>Reads a text field written either as one string or as an array of strings; null or missing gives <c>""</c>.</summary>
    /// <param name="node">The field's value.</param>
    /// <exception cref="FormatException">The value is neither a string nor an array of strings.</exception>
    public static string Read(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "";
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return value.GetValue<string>();
            case JsonArray array:
                var sb = new StringBuilder();
                foreach (var item in array)
                {
                    if (item is not JsonValue line || line.GetValueKind() != JsonValueKind.String)
                    {
                        throw new FormatException("expected a string or an array of strings");
                    }

                    sb.Append(line.GetValue<string>());
                }

                return sb.ToString();
            default:
                throw new FormatException("expected a string or an array of strings");
        }
    }

    internal static bool IsText(JsonNode? node) =>
        node is JsonValue v ? v.GetValueKind() == JsonValueKind.String
        : node is JsonArray a && a.All(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String);
}
