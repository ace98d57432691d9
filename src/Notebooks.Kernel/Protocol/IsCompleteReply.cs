namespace Notebooks.Kernel.Protocol;

/// <summary>is_complete_reply: whether a console should run the code on Enter or wait for more lines.</summary>
/// <param name="Status">complete, incomplete, invalid or unknown.</param>
/// <param name="Indent">Indentation for the next line; only when incomplete.</param>
public sealed record IsCompleteReply(string Status, string? Indent = null) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "is_complete_reply";
}
