using Notebooks.Documents;

namespace Notebooks.Execution;

/// <summary>A run's notebook (with fresh outputs) and what went wrong.</summary>
/// <param name="Notebook">The executed copy of the input notebook.</param>
/// <param name="Failures">Unexpected failures in cell order; cells tagged <c>raises-exception</c> are not listed.</param>
/// <param name="NotRun">0-based indexes of code cells that were not run (tag, earlier crash, time-out or <see cref="RunOptions.StopOnError"/>).</param>
public sealed record NotebookRunResult(Notebook Notebook, IReadOnlyList<NotebookExecutionException> Failures, IReadOnlyList<int> NotRun)
{
    /// <summary>True when no cell failed unexpectedly.</summary>
    public bool Succeeded => Failures.Count == 0;
}
