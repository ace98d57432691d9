using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>inspect_reply: Roslyn's quick info (signature and summary) of the symbol at the cursor.</summary>
/// <param name="Status">ok.</param>
/// <param name="Found">Whether a symbol was found.</param>
/// <param name="Data">Mime bundle (text/plain), empty when not found.</param>
/// <param name="Metadata">Empty.</param>
public sealed record InspectReply(string Status, bool Found, JsonObject Data, JsonObject Metadata) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "inspect_reply";
}
