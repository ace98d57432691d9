using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Execution.Worker.Display;

/// <summary>Turns a value into a mime bundle (<c>data</c> of a display_data or execute_result).</summary>
internal static class ValueFormatter
{
    public const string PlainText = "text/plain";

    /// <summary>
    /// The preferred mime types for the value's type (text/html for objects, text/plain for strings, as .NET
    /// Interactive does), plus text/plain, which Jupyter requires of an execute_result and which keeps a notebook
    /// readable where HTML is not rendered.
    /// </summary>
    public static string[] DefaultMimeTypes(object? value)
    {
        OptionalFormatters.RegisterPending();
        IEnumerable<string> preferred = value is null
            ? [Formatter.DefaultMimeType]
            : Formatter.GetPreferredMimeTypesFor(value.GetType());
        return [.. preferred.Append(PlainText).Distinct(StringComparer.Ordinal)];
    }

    public static JsonObject Format(object? value, IReadOnlyList<string> mimeTypes)
    {
        OptionalFormatters.RegisterPending();
        value = PlotlyFormatter.ForDisplay(value);
        var data = new JsonObject();
        foreach (var mime in mimeTypes)
        {
            var text = value.ToDisplayString(mime);
            // nbformat stores JSON mime types as JSON, not as a string holding JSON.
            data[mime] = IsJson(mime) ? JsonNode.Parse(text) : JsonValue.Create(text);
        }

        return data;
    }

    private static bool IsJson(string mime) =>
        mime.EndsWith("json", StringComparison.Ordinal) || mime.EndsWith("+json", StringComparison.Ordinal);
}
