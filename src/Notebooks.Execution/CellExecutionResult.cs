namespace Notebooks.Execution;

/// <summary>What one <see cref="CellExecutor.ExecuteAsync"/> call produced.</summary>
/// <param name="Outcome">How the cell ended.</param>
/// <param name="Outputs">Everything the cell produced, in order (streams not yet coalesced).</param>
/// <param name="Elapsed">Wall time of the call, package restore included.</param>
public sealed record CellExecutionResult(CellOutcome Outcome, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed)
{
    /// <summary>The error that ended the cell, if any (the last error output).</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>True when the worker is gone and a new <see cref="CellExecutor"/> is needed for more cells.</summary>
    public bool StateLost => Outcome is CellOutcome.TimedOut or CellOutcome.WorkerExited;
}
