using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>execute_result on iopub: the value of the cell's trailing expression.</summary>
/// <param name="ExecutionCount">The execution's count.</param>
/// <param name="Data">Mime bundle; text/plain always present.</param>
/// <param name="Metadata">Empty.</param>
public sealed record ExecuteResult(int ExecutionCount, JsonObject Data, JsonObject Metadata) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "execute_result";
}
