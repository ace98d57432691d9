namespace Notebooks.Execution;

/// <summary>A cell ran past the per-cell limit, or the run past the whole-run limit; the worker was stopped.</summary>
public sealed class CellTimedOutException : NotebookExecutionException
{
    /// <summary>Creates the error.</summary>
    /// <param name="notebookPath">The notebook's path, or null.</param>
    /// <param name="cellIndex">0-based index of the cell that was running.</param>
    /// <param name="limit">The limit that was reached.</param>
    /// <param name="wholeRun">True when it was the whole-run limit (<see cref="RunOptions.RunTimeout"/>).</param>
    public CellTimedOutException(string? notebookPath, int cellIndex, TimeSpan limit, bool wholeRun)
        : base(notebookPath, cellIndex, null, wholeRun
            ? $"the run did not finish within {limit.TotalSeconds:0.###} s; the worker was stopped during this cell"
            : $"did not finish within {limit.TotalSeconds:0.###} s; the worker was stopped")
    {
        Limit = limit;
        WholeRun = wholeRun;
    }

    /// <summary>The limit that was reached.</summary>
    public TimeSpan Limit { get; }

    /// <summary>True for the whole-run limit, false for the per-cell one.</summary>
    public bool WholeRun { get; }
}
