using System.Text;

namespace Notebooks.Book.Site;

/// <summary>Escaping for text and attribute values written into the site's pages.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> so that <paramref name="text"/> shows as written; every other character stays
    /// as it is (the pages are UTF-8, and "·", "≤" or "Φ" read better in the source than as entities).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>
    /// Makes JSON safe inside a <c>&lt;script type="application/json"&gt;</c> element: a <c>&lt;/</c> in a string would
    /// otherwise close the element. <c>&lt;\/</c> is the same string to a JSON parser.
    /// </summary>
    public static string ScriptJson(string json) =>
        json.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
