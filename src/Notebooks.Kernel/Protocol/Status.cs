namespace Notebooks.Kernel.Protocol;

/// <summary>status on iopub: <c>busy</c> when a request starts, <c>idle</c> right after its reply (<c>starting</c> once).</summary>
/// <param name="ExecutionState">busy, idle or starting.</param>
public sealed record Status(string ExecutionState) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "status";
}
