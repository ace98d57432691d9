namespace Notebooks.Execution;

/// <summary>
/// A cell of a notebook did not run to its end. The base of the engine's errors; it says which notebook, which cell
/// and, when known, which line.
/// </summary>
/// <remarks>
/// The runner does not throw these for a cell's own failure (the error is an output of the cell and the run goes
/// on); it returns them in <see cref="NotebookRunResult.Failures"/> and reports them in <see cref="CellCompleted"/>.
/// A notebook that cannot be read is <c>Notebooks.Documents.NotebookInvalidException</c>.
/// </remarks>
public abstract class NotebookExecutionException : Exception
{
    private protected NotebookExecutionException(string? notebookPath, int cellIndex, int? line, string detail)
        : base(Describe(notebookPath, cellIndex, line, detail))
    {
        NotebookPath = notebookPath;
        CellIndex = cellIndex;
        Line = line;
    }

    /// <summary>The notebook's path, or null when it was built in memory.</summary>
    public string? NotebookPath { get; }

    /// <summary>0-based index of the cell in the notebook (messages say "cell N" with N = index + 1).</summary>
    public int CellIndex { get; }

    /// <summary>1-based line within the cell, when known.</summary>
    public int? Line { get; }

    private static string Describe(string? path, int cellIndex, int? line, string detail)
    {
        var where = line is { } l ? $"cell {cellIndex + 1}, line {l}" : $"cell {cellIndex + 1}";
        return path is null ? $"{where}: {detail}" : $"{path}: {where}: {detail}";
    }
}
