namespace Notebooks.Documents;

/// <summary>Which mime types nbformat stores as line arrays, as embedded JSON or as plain strings.</summary>
public static class MimeTypes
{
    /// <summary><c>application/json</c> or any <c>*+json</c> type (e.g. <c>application/vnd.plotly.v1+json</c>): stored as a JSON value, not a string.</summary>
    /// <param name="mimeType">The mime type, e.g. <c>application/vnd.plotly.v1+json</c>.</param>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary><c>text/*</c>, <c>application/javascript</c> and <c>image/svg+xml</c>: stored as an array of lines (nbformat's <c>_split_mimebundle</c>).</summary>
    /// <param name="mimeType">The mime type, e.g. <c>text/html</c>.</param>
    public static bool IsSplitIntoLines(string mimeType) =>
        !IsJson(mimeType)
        && (mimeType.StartsWith("text/", StringComparison.Ordinal)
            || mimeType == "application/javascript"
            || mimeType == "image/svg+xml");
}
