namespace Notebooks.Execution;

/// <summary>The worker process ended during a cell: a stack overflow, <c>Environment.Exit</c>, or a runtime crash.</summary>
public sealed class WorkerExitedException : NotebookExecutionException
{
    /// <summary>Creates the error from the cell's error output.</summary>
    /// <param name="notebookPath">The notebook's path, or null.</param>
    /// <param name="cellIndex">0-based index of the cell that was running.</param>
    /// <param name="error">The error output the executor wrote (<c>StackOverflow</c>, <c>WorkerExited</c>, <c>WorkerCrashed</c>).</param>
    public WorkerExitedException(string? notebookPath, int cellIndex, ErrorOutput error)
        : base(notebookPath, cellIndex, null, error?.Value ?? "the worker process ended")
    {
        ArgumentNullException.ThrowIfNull(error);
        Kind = error.Name;
    }

    /// <summary><c>StackOverflow</c>, <c>WorkerExited</c> or <c>WorkerCrashed</c>.</summary>
    public string Kind { get; }
}
