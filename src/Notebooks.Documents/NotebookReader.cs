using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Documents;

/// <summary>Parses notebook JSON and checks the nbformat 4 structure the rest of the library relies on.</summary>
internal static partial class NotebookReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1024 };

    public static JsonObject ParseRoot(string json, string? path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var (column, found) = ColumnOf(json, line, (int)(ex.BytePositionInLine ?? 0));
            throw new NotebookInvalidException($"malformed JSON: {Describe(ex, found)}", path, line: line + 1, column: column, innerException: ex);
        }

        if (root is not JsonObject obj)
        {
            throw new NotebookInvalidException("not a notebook: the top level is not a JSON object", path, line: 1);
        }

        return obj;
    }

    /// <summary>Checks the document keys, then each cell; returns typed wrappers over the cell objects.</summary>
    public static List<NotebookCell> Validate(JsonObject root, string json, string? path)
    {
        var major = RequiredInteger(root, "nbformat", path);
        if (major != 4)
        {
            var advice = major == 3
                ? "; convert with `jupyter nbconvert --to notebook --nbformat 4`"
                : " (only nbformat 4 is supported)";
            throw new NotebookInvalidException($"nbformat {major} is not supported{advice}", path);
        }

        RequiredInteger(root, "nbformat_minor", path);
        if (root["metadata"] is not JsonObject)
        {
            throw Missing(root, "metadata", "an object", path, null, json);
        }

        if (root["cells"] is not JsonArray cells)
        {
            throw Missing(root, "cells", "an array", path, null, json);
        }

        var wrapped = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            wrapped.Add(ValidateCell(cells[i], i, json, path));
        }

        return wrapped;
    }

    private static NotebookCell ValidateCell(JsonNode? node, int index, string json, string? path)
    {
        if (node is not JsonObject cell)
        {
            throw CellError("a cell must be a JSON object", index, json, path);
        }

        if (cell["cell_type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var cellType))
        {
            throw Missing(cell, "cell_type", "a string", path, index, json);
        }

        if (cellType is not ("code" or "markdown" or "raw"))
        {
            throw CellError($"unknown cell_type '{cellType}' (nbformat 4 has code, markdown and raw)", index, json, path);
        }

        if (!cell.ContainsKey("source") || !NotebookText.IsText(cell["source"]))
        {
            throw Missing(cell, "source", "a string or an array of strings", path, index, json);
        }

        if (cell["metadata"] is not JsonObject)
        {
            throw Missing(cell, "metadata", "an object", path, index, json);
        }

        if (cellType == "code")
        {
            if (cell["outputs"] is not JsonArray)
            {
                throw Missing(cell, "outputs", "an array", path, index, json);
            }

            if (!cell.TryGetPropertyValue("execution_count", out var count)
                || (count is not null && !(count is JsonValue v && v.TryGetValue<int>(out _))))
            {
                throw Missing(cell, "execution_count", "an integer or null", path, index, json);
            }
        }

        return NotebookCell.Wrap(cell);
    }

    private static int RequiredInteger(JsonObject root, string key, string? path)
    {
        if (root[key] is JsonValue value && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        var hint = key == "nbformat" && root.ContainsKey("worksheets")
            ? " (this looks like nbformat 3; convert with `jupyter nbconvert --to notebook --nbformat 4`)"
            : "";
        throw new NotebookInvalidException(
            root.ContainsKey(key) ? $"'{key}' must be an integer{hint}" : $"missing required key '{key}'{hint}", path);
    }

    private static NotebookInvalidException Missing(JsonObject obj, string key, string expected, string? path, int? cellIndex, string json)
    {
        var reason = obj.ContainsKey(key) ? $"'{key}' must be {expected}" : $"missing required key '{key}'";
        return cellIndex is { } i ? CellError(reason, i, json, path) : new NotebookInvalidException(reason, path);
    }

    private static NotebookInvalidException CellError(string reason, int index, string json, string? path) =>
        new(reason, path, cellIndex: index, line: JsonLocator.CellLine(json, index));

    private static string Describe(JsonException ex, string? found)
    {
        // System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 7." and a JSON path; we report those ourselves.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        message = (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');

        // It names a non-ASCII character by its first UTF-8 byte ('0xCF'); show the character instead.
        return found is null ? message : HexByte().Replace(message, $"'{found}'", 1);
    }

    /// <summary>1-based character column for a 0-based UTF-8 byte offset on a 0-based line, and the text element there.</summary>
    private static (int Column, string? Found) ColumnOf(string json, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line && start >= 0; i++)
        {
            start = json.IndexOf('\n', start) is var nl and >= 0 ? nl + 1 : -1;
        }

        if (start < 0)
        {
            return (bytePosition + 1, null);
        }

        var end = json.IndexOf('\n', start);
        var text = end < 0 ? json[start..] : json[start..end];
        var bytes = Encoding.UTF8.GetBytes(text);
        var column = Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length));
        var found = column < text.Length && text[column] > '~'
            ? System.Globalization.StringInfo.GetNextTextElement(text, column)
            : null;
        return (column + 1, found);
    }

    [GeneratedRegex("'0x[0-9A-F]{2}'")]
    private static partial Regex HexByte();
}
