using System.Globalization;

namespace Notebooks.Execution.Grading;

/// <summary>Limits for grading one submission. Every property has a documented default.</summary>
public sealed record GradeOptions
{
    /// <summary>Limit per cell; 60 s by default (a chapter's longest cell takes a few seconds).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit per run of the notebook (worker start and restores included); 10 minutes by default.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The worker's managed-heap cap in MiB (<c>DOTNET_GCHeapHardLimit</c>); 2048 by default. An allocation past it
    /// throws <see cref="OutOfMemoryException"/> in the student's code, which fails that test and nothing else.
    /// Native memory (libtorch tensors) is not covered.
    /// </summary>
    public int MemoryLimitMiB { get; init; } = 2048;

    /// <summary>Characters of output kept per cell; 100,000 by default, so a flood cannot bloat anything.</summary>
    public long MaxOutputCharsPerCell { get; init; } = 100_000;

    /// <summary>Base options (environment, package resolver, worker path); limits above replace theirs.</summary>
    public RunOptions Run { get; init; } = new();

    /// <summary>The run options for one submission working in <paramref name="folder"/>.</summary>
    /// <param name="folder">The submission's fresh temporary folder.</param>
    public RunOptions For(string folder)
    {
        var environment = new Dictionary<string, string>(Run.Environment)
        {
            ["DOTNET_GCHeapHardLimit"] = ((long)MemoryLimitMiB * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture),
        };
        return Run with
        {
            CellTimeout = CellTimeout,
            RunTimeout = RunTimeout,
            MaxOutputCharsPerCell = MaxOutputCharsPerCell,
            Environment = environment,
            WorkingDirectory = folder,
            StopOnError = false,
        };
    }
}
