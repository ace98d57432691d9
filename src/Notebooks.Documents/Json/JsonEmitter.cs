using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Documents.Json;

/// <summary>
/// Writes a JSON tree in a <see cref="NotebookJsonStyle"/>. Scalars that came from the file being rewritten are
/// copied as their original text, so their escapes and number spellings survive; new scalars get the style's.
/// </summary>
internal sealed class JsonEmitter
{
    private readonly NotebookJsonStyle _style;
    private readonly IReadOnlySet<JsonNode> _originals;
    private readonly StringBuilder _sb = new();

    private JsonEmitter(NotebookJsonStyle style, IReadOnlySet<JsonNode> originals)
    {
        _style = style;
        _originals = originals;
    }

    public static string Emit(JsonNode? root, NotebookJsonStyle style, IReadOnlySet<JsonNode> originals)
    {
        var emitter = new JsonEmitter(style, originals);
        emitter.WriteNode(root, 0);
        if (style.FinalNewLine)
        {
            emitter._sb.Append(style.NewLine);
        }

        return emitter._sb.ToString();
    }

    private void WriteNode(JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                _sb.Append("null");
                break;
            case JsonObject obj:
                var properties = _style.SortKeys
                    ? obj.OrderBy(p => p.Key, StringComparer.Ordinal).ToList()
                    : obj.ToList();
                WriteContainer('{', '}', properties.Count, depth, (i, d) =>
                {
                    JsonStrings.Write(_sb, properties[i].Key, _style.Escaping);
                    _sb.Append(_style.KeySeparator);
                    WriteNode(properties[i].Value, d);
                });
                break;
            case JsonArray array:
                WriteContainer('[', ']', array.Count, depth, (i, d) => WriteNode(array[i], d));
                break;
            case JsonValue value:
                WriteValue(value, depth);
                break;
        }
    }

    private void WriteValue(JsonValue value, int depth)
    {
        if (_originals.Contains(value) && value.TryGetValue<JsonElement>(out var original))
        {
            _sb.Append(original.GetRawText());
            return;
        }

        // A value made in code (an int, a string, an arbitrary object): let System.Text.Json say what JSON it is,
        // then spell that JSON in our style.
        using var document = JsonDocument.Parse(value.ToJsonString());
        WriteElement(document.RootElement, depth);
    }

    private void WriteElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().ToList();
                if (_style.SortKeys)
                {
                    properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                }

                WriteContainer('{', '}', properties.Count, depth, (i, d) =>
                {
                    JsonStrings.Write(_sb, properties[i].Name, _style.Escaping);
                    _sb.Append(_style.KeySeparator);
                    WriteElement(properties[i].Value, d);
                });
                break;
            case JsonValueKind.Array:
                var items = element.EnumerateArray().ToList();
                WriteContainer('[', ']', items.Count, depth, (i, d) => WriteElement(items[i], d));
                break;
            case JsonValueKind.String:
                JsonStrings.Write(_sb, element.GetString()!, _style.Escaping);
                break;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                _sb.Append(raw.AsSpan().IndexOfAny(".eE") < 0 ? raw : JsonNumbers.Format(element.GetDouble(), _style.Numbers));
                break;
            default:
                _sb.Append(element.GetRawText());
                break;
        }
    }

    private void WriteContainer(char open, char close, int count, int depth, Action<int, int> writeItem)
    {
        _sb.Append(open);
        if (count == 0)
        {
            _sb.Append(close);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _sb.Append(_style.Indent is null ? _style.CompactItemSeparator : ",");
            }

            NewLine(depth + 1);
            writeItem(i, depth + 1);
        }

        NewLine(depth);
        _sb.Append(close);
    }

    private void NewLine(int depth)
    {
        if (_style.Indent is null)
        {
            return;
        }

        _sb.Append(_style.NewLine);
        for (var i = 0; i < depth; i++)
        {
            _sb.Append(_style.Indent);
        }
    }
}
