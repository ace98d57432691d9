using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>A markdown cell. Its <c>attachments</c>, if any, stay in <see cref="NotebookCell.Json"/>.</summary>
public sealed class MarkdownCell : NotebookCell
{
    internal MarkdownCell(JsonObject json)
        : base(json)
    {
    }

    /// <summary>A new markdown cell with an 8-hex id and empty metadata, as VS Code makes one.</summary>
    /// <param name="source">The markdown text.</param>
    public static MarkdownCell Create(string source) => new(new JsonObject
    {
        ["cell_type"] = "markdown",
        ["id"] = NewId(),
        ["metadata"] = new JsonObject(),
        ["source"] = NotebookText.ToJsonLines(source),
    });

    /// <inheritdoc />
    public override CellKernel Kernel => new(KernelNames.Markdown, "Markdown", CellKernelOrigin.CellType);
}
