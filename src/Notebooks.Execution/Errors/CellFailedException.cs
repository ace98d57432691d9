namespace Notebooks.Execution;

/// <summary>A cell failed to compile, threw, or is in a language the engine does not run.</summary>
public sealed class CellFailedException : NotebookExecutionException
{
    /// <summary>Creates the error from the cell's error output.</summary>
    /// <param name="notebookPath">The notebook's path, or null.</param>
    /// <param name="cellIndex">0-based cell index.</param>
    /// <param name="error">The cell's error output.</param>
    public CellFailedException(string? notebookPath, int cellIndex, ErrorOutput error)
        : base(notebookPath, cellIndex, error?.Line, $"{error?.Name}: {error?.Value}")
    {
        ArgumentNullException.ThrowIfNull(error);
        ErrorName = error.Name;
        ErrorValue = error.Value;
    }

    /// <summary>ename: the exception type, or <c>CompilationError</c>, <c>UnsupportedLanguage</c>, <c>PackageRestoreFailed</c>.</summary>
    public string ErrorName { get; }

    /// <summary>evalue: the message.</summary>
    public string ErrorValue { get; }
}
