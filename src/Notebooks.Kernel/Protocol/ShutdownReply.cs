namespace Notebooks.Kernel.Protocol;

/// <summary>shutdown_reply: sent before the kernel exits (restart echoes the request; the client starts the new process).</summary>
/// <param name="Status">ok.</param>
/// <param name="Restart">The request's restart flag.</param>
public sealed record ShutdownReply(string Status, bool Restart) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "shutdown_reply";
}
