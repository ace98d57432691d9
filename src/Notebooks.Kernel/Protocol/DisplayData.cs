using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>display_data on iopub: <c>display(x)</c> / <c>x.Display()</c>, with its display id in transient.</summary>
/// <param name="Data">Mime bundle.</param>
/// <param name="Metadata">Empty.</param>
/// <param name="Transient"><c>{"display_id": …}</c>, so a later update can replace it.</param>
public sealed record DisplayData(JsonObject Data, JsonObject Metadata, JsonObject Transient) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "display_data";
}
