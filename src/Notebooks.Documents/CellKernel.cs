namespace Notebooks.Documents;

/// <summary>The kernel (language) a cell runs in, resolved as Polyglot Notebooks does, and where that came from.</summary>
/// <param name="Name">The kernel name: <c>csharp</c>, <c>fsharp</c>, <c>pwsh</c>, <c>javascript</c>, <c>html</c>, <c>markdown</c>, <c>raw</c>, …</param>
/// <param name="Language">A name for messages: <c>C#</c>, <c>F#</c>, <c>PowerShell</c>, …</param>
/// <param name="Origin">Where the kernel was found.</param>
/// <param name="Directive">The magic line that chose it, e.g. <c>#!fsharp</c>, when <paramref name="Origin"/> is <see cref="CellKernelOrigin.MagicCommand"/>.</param>
public sealed record CellKernel(string Name, string Language, CellKernelOrigin Origin, string? Directive = null)
{
    /// <summary>Whether the cell is C#, the only language the kit's engine runs.</summary>
    public bool IsCSharp => Name == KernelNames.CSharp;

    /// <summary>For messages: <c>C#</c>, or <c>F# (#!fsharp)</c> when a magic line chose it.</summary>
    public override string ToString() => Directive is null ? Language : $"{Language} ({Directive})";
}

/// <summary>Where a cell's kernel was found, in the order Polyglot looks.</summary>
public enum CellKernelOrigin
{
    /// <summary>Markdown and raw cells have their cell type as kernel.</summary>
    CellType,

    /// <summary>A leading <c>#!name</c> line naming a known kernel or alias.</summary>
    MagicCommand,

    /// <summary>Cell metadata <c>polyglot_notebook.kernelName</c>.</summary>
    CellMetadata,

    /// <summary>Cell metadata <c>dotnet_interactive.language</c>, written by older extensions.</summary>
    LegacyCellMetadata,

    /// <summary>The notebook's default kernel (<see cref="Notebook.DefaultKernelName"/>).</summary>
    NotebookDefault,
}
