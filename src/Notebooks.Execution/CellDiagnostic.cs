namespace Notebooks.Execution;

/// <summary>A compiler diagnostic found by a compile-only check.</summary>
/// <param name="CellIndex">0-based index of the cell in the notebook.</param>
/// <param name="Line">1-based line within the cell, when the diagnostic has a location.</param>
/// <param name="Id">Compiler id, e.g. <c>CS0103</c>; <c>KIT001</c> for a cell in a language this engine does not run.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">The message, naming cell and line, e.g. <c>cell 3, line 2: error CS0103: The name 'x' does not exist…</c>.</param>
public sealed record CellDiagnostic(int CellIndex, int? Line, string Id, string Severity, string Message)
{
    /// <summary>True for errors, which make the check fail.</summary>
    public bool IsError => Severity == "error";
}
