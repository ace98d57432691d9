using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Wire;

/// <summary>A verified incoming message: routing identities and the four parsed JSON parts.</summary>
/// <param name="Identities">ROUTER identity frames, copied onto replies unchanged.</param>
/// <param name="Header">The header (msg_id, session, username, date, msg_type, version, and whatever else the client adds).</param>
/// <param name="ParentHeader">The parent header (usually empty on requests).</param>
/// <param name="Metadata">Metadata (e.g. VS Code's cellId); ignored by the kernel.</param>
/// <param name="Content">The request's content.</param>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    /// <summary>The header's msg_type.</summary>
    public string MsgType => Header["msg_type"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Order of arrival on its channel (for aborting queued requests after an error).</summary>
    public long Sequence { get; init; }

    /// <summary>A string field of the content, or <paramref name="fallback"/>.</summary>
    public string Text(string name, string fallback = "") =>
        Content[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : fallback;

    /// <summary>A boolean field of the content, or <paramref name="fallback"/>.</summary>
    public bool Flag(string name, bool fallback) =>
        Content[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/>.</summary>
    public int Number(string name, int fallback) =>
        Content[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : fallback;
}
