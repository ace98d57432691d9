namespace Notebooks.Cli.Progress;

/// <summary>One row of the summary `kit run` prints at the end.</summary>
/// <param name="Notebook">Path relative to the working directory.</param>
/// <param name="Cells">Code cells in the notebook.</param>
/// <param name="Errors">Cells that failed unexpectedly.</param>
/// <param name="NotRun">Cells not run (tagged skip-execution, or after a crash or time-out).</param>
/// <param name="Elapsed">Wall time of the notebook's run.</param>
public sealed record NotebookSummary(string Notebook, int Cells, int Errors, int NotRun, TimeSpan Elapsed);
