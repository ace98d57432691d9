using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>comm_info_reply: open comms, an object keyed by comm id (always empty: this kernel opens none).</summary>
/// <param name="Status">ok.</param>
/// <param name="Comms">Empty object.</param>
public sealed record CommInfoReply(string Status, JsonObject Comms) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "comm_info_reply";
}
