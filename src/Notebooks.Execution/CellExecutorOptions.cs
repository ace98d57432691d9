using Notebooks.Execution.Packages;

namespace Notebooks.Execution;

/// <summary>Settings of one <see cref="CellExecutor"/> (one worker process, one C# state).</summary>
public sealed record CellExecutorOptions
{
    /// <summary>
    /// The notebook's folder: the worker's current directory and the base of relative <c>#r</c>, <c>#load</c> and
    /// <c>#i</c> paths, as in VS Code. Defaults to the current directory.
    /// </summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Extra environment variables for the worker, e.g. <c>OMP_NUM_THREADS=1</c> or <c>ATEN_CPU_CAPABILITY=default</c>
    /// to make libtorch deterministic in snapshot runs. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Characters of stdout+stderr kept per cell; the rest is dropped with a note. 1,000,000 by default: far more
    /// than a chapter prints, small enough that a runaway loop cannot bloat the notebook.
    /// </summary>
    public long MaxOutputCharsPerCell { get; init; } = 1_000_000;

    /// <summary>Prefix of display ids. <c>display</c> gives <c>display-1</c>, … (deterministic); a kernel should use a unique one.</summary>
    public string DisplayIdPrefix { get; init; } = "display";

    /// <summary>
    /// Resolves <c>#r "nuget: …"</c>; <see langword="null"/> makes such a cell fail with a clear message.
    /// One resolver per run keeps repeated restores free.
    /// </summary>
    public PackageResolver? PackageResolver { get; init; }

    /// <summary>Path of <c>Notebooks.Execution.Worker.dll</c>; by default the copy in <c>worker/</c> beside this assembly.</summary>
    public string? WorkerPath { get; init; }

    /// <summary>How long the worker may take to start and report ready; 60 s by default (a cold machine is slow).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
