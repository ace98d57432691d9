using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>comm_close on iopub: the answer to a comm_open for a target this kernel does not have (e.g. ipywidgets).</summary>
/// <param name="CommId">The refused comm's id.</param>
/// <param name="Data">Empty.</param>
public sealed record CommClose(string CommId, JsonObject Data) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "comm_close";
}
