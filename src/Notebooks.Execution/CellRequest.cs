namespace Notebooks.Execution;

/// <summary>One piece of code to run or check.</summary>
/// <param name="Code">The cell's source, magics and directives included.</param>
/// <param name="CellNumber">1-based number used in messages ("cell 3, line 2") and in the cell's compiled file name.</param>
/// <param name="KernelName">
/// The cell's kernel from its metadata (<c>csharp</c>, <c>fsharp</c>, …); a leading <c>#!lang</c> line overrides
/// it. <see langword="null"/> means C#.
/// </param>
public sealed record CellRequest(string Code, int CellNumber, string? KernelName = null)
{
    /// <summary>How messages name this cell, e.g. <c>cell 3</c>.</summary>
    public string Label => $"cell {CellNumber}";
}
