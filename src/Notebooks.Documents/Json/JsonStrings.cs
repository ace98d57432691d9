using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Notebooks.Documents.Json;

/// <summary>Writes a JSON string literal the way Python, JavaScript or System.Text.Json would.</summary>
internal static class JsonStrings
{
    public static void Write(StringBuilder sb, string value, JsonStringEscaping escaping)
    {
        if (escaping == JsonStringEscaping.DotNetRelaxed)
        {
            sb.Append('"').Append(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value)).Append('"');
            return;
        }

        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ' || NeedsEscape(value, i, escaping))
                    {
                        // Python and JavaScript both use lower-case hex.
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private static bool NeedsEscape(string value, int i, JsonStringEscaping escaping)
    {
        var c = value[i];
        if (escaping == JsonStringEscaping.Ascii)
        {
            return c > '~';
        }

        // JavaScript's well-formed JSON.stringify escapes lone surrogates; a valid pair is written as is.
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
