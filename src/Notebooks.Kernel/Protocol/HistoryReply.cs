using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>history_reply: <c>[session, line, input]</c> triples (or <c>[session, line, [input, output]]</c>) of this kernel's run.</summary>
/// <param name="Status">ok.</param>
/// <param name="History">The entries.</param>
public sealed record HistoryReply(string Status, JsonArray History) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "history_reply";
}
