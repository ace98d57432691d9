using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>update_display_data on iopub: <c>DisplayedValue.Update(x)</c>; front ends replace every output with that id.</summary>
/// <param name="Data">Mime bundle.</param>
/// <param name="Metadata">Empty.</param>
/// <param name="Transient"><c>{"display_id": …}</c> of the display being replaced (required).</param>
public sealed record UpdateDisplayData(JsonObject Data, JsonObject Metadata, JsonObject Transient) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "update_display_data";
}
