namespace Notebooks.Execution;

/// <summary>Progress of a notebook run, reported through <see cref="IProgress{T}"/> in cell order.</summary>
/// <remarks>The family is closed: the records below are all the kinds there are.</remarks>
public abstract record CellEvent
{
    private protected CellEvent(int cellIndex) => CellIndex = cellIndex;

    /// <summary>0-based index of the cell in the notebook.</summary>
    public int CellIndex { get; }
}

/// <summary>A code cell starts running.</summary>
/// <param name="CellIndex">0-based cell index.</param>
/// <param name="ExecutionCount">Its execution count (1 for the first cell run).</param>
public sealed record CellStarted(int CellIndex, int ExecutionCount) : CellEvent(CellIndex);

/// <summary>A running cell produced an output (live, before the cell completes).</summary>
/// <param name="CellIndex">0-based cell index.</param>
/// <param name="Output">The output.</param>
public sealed record CellOutputProduced(int CellIndex, CellOutput Output) : CellEvent(CellIndex);

/// <summary>A code cell finished.</summary>
/// <param name="CellIndex">0-based cell index.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Elapsed">Its wall time.</param>
/// <param name="Failure">The failure, or null when it succeeded or its error was expected (<c>raises-exception</c>).</param>
public sealed record CellCompleted(int CellIndex, CellOutcome Outcome, TimeSpan Elapsed, NotebookExecutionException? Failure) : CellEvent(CellIndex);

/// <summary>A code cell was not run.</summary>
/// <param name="CellIndex">0-based cell index.</param>
/// <param name="Reason">Why, e.g. "skip-execution tag" or "not run: the worker stopped at cell 4".</param>
public sealed record CellNotRun(int CellIndex, string Reason) : CellEvent(CellIndex);
