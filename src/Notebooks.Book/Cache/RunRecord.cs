namespace Notebooks.Book.Cache;

/// <summary>How and when a chapter was executed: what the book prints beside its outputs.</summary>
/// <param name="Key">The cache key the execution belongs to (<see cref="CacheKey"/>).</param>
/// <param name="ExecutedAt">When the run started, UTC.</param>
/// <param name="Environment">The machine and packages.</param>
/// <param name="CellSeconds">Seconds per code cell, in code-cell order; null for a cell that did not run.</param>
/// <param name="TotalSeconds">Wall time of the whole run, worker start and package restore included.</param>
/// <param name="Failures">Cells that failed unexpectedly.</param>
public sealed record RunRecord(
    string Key,
    DateTimeOffset ExecutedAt,
    RunEnvironment Environment,
    IReadOnlyList<double?> CellSeconds,
    double TotalSeconds,
    int Failures);
