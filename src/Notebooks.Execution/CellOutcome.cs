namespace Notebooks.Execution;

/// <summary>How a cell's execution ended.</summary>
public enum CellOutcome
{
    /// <summary>The cell ran to its end.</summary>
    Succeeded,

    /// <summary>The cell failed to compile, threw, or was not C#; the worker and its state are intact.</summary>
    Failed,

    /// <summary>The cell ran past its time limit and the worker was stopped; the notebook's state is lost.</summary>
    TimedOut,

    /// <summary>The worker process ended during the cell (stack overflow, Environment.Exit, runtime crash); the state is lost.</summary>
    WorkerExited,
}
