using System.Text;
using System.Text.Json;

namespace Notebooks.Documents;

/// <summary>Finds where in the file a cell starts, so errors can name a line (JsonNode keeps no positions).</summary>
internal static class JsonLocator
{
    /// <summary>The 1-based line of <c>cells[index]</c>'s opening brace, or null if it cannot be found.</summary>
    public static int? CellLine(string json, int index)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            var inCells = false;
            var seen = -1;
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    inCells = reader.ValueTextEquals("cells");
                }
                else if (inCells && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    if (++seen == index)
                    {
                        return LineOf(bytes, (int)reader.TokenStartIndex);
                    }

                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // The text parsed once already; if it does not now, there is simply no line to report.
        }

        return null;
    }

    private static int LineOf(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
}
