using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>complete_reply: Roslyn's completions at the cursor.</summary>
/// <param name="Status">ok.</param>
/// <param name="Matches">Texts that may replace [cursor_start, cursor_end).</param>
/// <param name="CursorStart">Start of the replaced span, in Unicode code points.</param>
/// <param name="CursorEnd">End of the replaced span, in Unicode code points.</param>
/// <param name="Metadata">Empty.</param>
public sealed record CompleteReply(string Status, IReadOnlyList<string> Matches, int CursorStart, int CursorEnd, JsonObject Metadata) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "complete_reply";
}
