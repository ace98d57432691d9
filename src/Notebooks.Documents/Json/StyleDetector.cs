using System.Text.Json.Nodes;

namespace Notebooks.Documents.Json;

/// <summary>Works out the <see cref="NotebookJsonStyle"/> a file was written in, from its text and its tree.</summary>
internal static class StyleDetector
{
    public static NotebookJsonStyle Detect(string text, JsonNode root, bool byteOrderMark)
    {
        var scan = Scan(text);
        var finalNewLine = text.EndsWith('\n');

        // Only the .NET Documents writer leaves out the final newline, so without other evidence assume its
        // escaping and number spelling too.
        var escaping = scan.UpperCaseHexEscape || (!finalNewLine && !scan.LowerCaseHexEscape)
            ? JsonStringEscaping.DotNetRelaxed
            : scan.EscapedNonAscii && !scan.LiteralNonAscii ? JsonStringEscaping.Ascii : JsonStringEscaping.Minimal;
        var numbers = scan.UpperCaseExponent || (!finalNewLine && !scan.LowerCaseExponent)
            ? JsonNumberFormat.DotNet
            : scan.UnpaddedNegativeExponent ? JsonNumberFormat.JavaScript : JsonNumberFormat.Python;

        return new NotebookJsonStyle
        {
            Indent = scan.Indent,
            NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n",
            FinalNewLine = finalNewLine,
            SortKeys = KeysSorted(root),
            KeySeparator = scan.KeySeparator ?? ": ",
            CompactItemSeparator = scan.ItemSeparator ?? ",",
            Escaping = escaping,
            Numbers = numbers,
            ByteOrderMark = byteOrderMark,
        };
    }

    private static bool KeysSorted(JsonNode? node) => node switch
    {
        JsonObject obj => IsSorted(obj) && obj.All(p => KeysSorted(p.Value)),
        JsonArray array => array.All(KeysSorted),
        _ => true,
    };

    private static bool IsSorted(JsonObject obj)
    {
        string? previous = null;
        foreach (var (key, _) in obj)
        {
            if (previous is not null && string.CompareOrdinal(previous, key) > 0)
            {
                return false;
            }

            previous = key;
        }

        return true;
    }

    private sealed class ScanResult
    {
        public string? Indent;
        public string? KeySeparator;
        public string? ItemSeparator;
        public bool UpperCaseHexEscape;
        public bool LowerCaseHexEscape;
        public bool EscapedNonAscii;
        public bool LiteralNonAscii;
        public bool UpperCaseExponent;
        public bool LowerCaseExponent;
        public bool UnpaddedNegativeExponent;
    }

    /// <summary>One pass over the text that knows whether it is inside a string.</summary>
    private static ScanResult Scan(string text)
    {
        var result = new ScanResult();
        var newLine = text.IndexOf('\n');
        var bodyEnd = text.TrimEnd('\r', '\n', ' ', '\t').Length;
        if (newLine >= 0 && newLine < bodyEnd)
        {
            var start = newLine + 1;
            var end = start;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            result.Indent = text[start..end];
        }

        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '"')
                {
                    inString = false;
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    i++;
                    if (text[i] == 'u' && i + 4 < text.Length)
                    {
                        var hex = text.AsSpan(i + 1, 4);
                        result.UpperCaseHexEscape |= hex.IndexOfAny("ABCDEF") >= 0;
                        result.LowerCaseHexEscape |= hex.IndexOfAny("abcdef") >= 0;
                        result.EscapedNonAscii |= int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code) && code > 0x7e;
                        i += 4;
                    }
                }
                else if (c > '~')
                {
                    result.LiteralNonAscii = true;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case ':' when result.KeySeparator is null:
                    result.KeySeparator = ":" + Blanks(text, i + 1);
                    break;
                case ',' when result.ItemSeparator is null:
                    result.ItemSeparator = "," + Blanks(text, i + 1);
                    break;
                case 'E':
                    result.UpperCaseExponent = true;
                    break;
                case 'e' when i + 1 < text.Length && (text[i + 1] is '+' or '-') && i > 0 && char.IsAsciiDigit(text[i - 1]):
                    result.LowerCaseExponent = true;
                    result.UnpaddedNegativeExponent |= text[i + 1] == '-' && i + 3 < text.Length
                        && char.IsAsciiDigit(text[i + 2]) && text[i + 2] != '0' && !char.IsAsciiDigit(text[i + 3]);
                    break;
            }
        }

        return result;
    }

    private static string Blanks(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }
}
