namespace Notebooks.Kernel.Protocol;

/// <summary>interrupt_reply: sent at once; the interrupted cell reports how it ended in its own reply.</summary>
/// <param name="Status">ok.</param>
public sealed record InterruptReply(string Status) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "interrupt_reply";
}
