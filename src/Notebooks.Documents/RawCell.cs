using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>A raw cell: text passed through untouched by every tool.</summary>
public sealed class RawCell : NotebookCell
{
    internal RawCell(JsonObject json)
        : base(json)
    {
    }

    /// <inheritdoc />
    public override CellKernel Kernel => new(KernelNames.Raw, "raw", CellKernelOrigin.CellType);
}
