using Notebooks.Execution.Packages;

namespace Notebooks.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook. Every property has a documented default.</summary>
public sealed record RunOptions
{
    /// <summary>
    /// Environment variables that make libtorch and its math libraries give the same bits on every run and on every
    /// x86-64 machine, Intel or AMD: generic ATen kernels, MKL on its processor-independent code path, oneDNN capped at
    /// AVX2, one thread. <c>kit run</c>, the kernel and the snapshot tests all use it, so a chapter shows the same
    /// numbers everywhere.
    /// </summary>
    /// <remarks>
    /// <para>
    /// MKL honours only <c>AUTO</c> and <c>COMPATIBLE</c> on processors not made by Intel (Intel's developer guide,
    /// "Specifying Code Branches"). The kit used <c>AVX,STRICT</c> until December 2026: an AMD EPYC silently ran
    /// <c>AUTO</c> instead, and chapters 00 and 04 printed other numbers there than on the Intel machines that recorded
    /// their snapshots. With <c>COMPATIBLE</c> a matrix product gave the same bits on the EPYC and on an Intel Haswell
    /// emulated by <c>qemu-x86_64 -cpu Haswell-v4</c> (AVX,STRICT did not).
    /// </para>
    /// <para>
    /// No setting makes MKL's vector <c>sqrt</c> agree across processors; <c>DeepMath.Training.Optimizers.Adam</c>
    /// avoids it, and with both a 300-step regression and a 100-step digits training gave identical losses on the two
    /// machines.
    /// </para>
    /// </remarks>
    public static IReadOnlyDictionary<string, string> DeterministicTorchEnvironment { get; } = new Dictionary<string, string>
    {
        ["ATEN_CPU_CAPABILITY"] = "default",
        ["MKL_CBWR"] = "COMPATIBLE",
        ["ONEDNN_MAX_CPU_ISA"] = "AVX2",
        ["OMP_NUM_THREADS"] = "1",
        ["MKL_NUM_THREADS"] = "1",
    };

    /// <summary>Limit for one cell's code; the worker is stopped when it is reached. 10 minutes by default (a chapter's
    /// longest training cell takes well under that); <see langword="null"/> for no limit.</summary>
    public TimeSpan? CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Limit for the whole run, worker start and package restores included; <see langword="null"/> (the default) for none.</summary>
    public TimeSpan? RunTimeout { get; init; }

    /// <summary>Characters of stdout+stderr kept per cell, the rest replaced by a note; 1,000,000 by default.</summary>
    public long MaxOutputCharsPerCell { get; init; } = 1_000_000;

    /// <summary>Extra environment variables for the worker, e.g. <see cref="DeterministicTorchEnvironment"/>; empty by default.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Stop at the first failing cell and leave the rest not run. False by default: like .NET Interactive and
    /// dotnet-repl, later cells still run after an ordinary error, so one run shows every failure.
    /// </summary>
    public bool StopOnError { get; init; }

    /// <summary>The folder cells run in (relative <c>#r</c>, files); by default the notebook's folder, else the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Resolves <c>#r "nuget: …"</c>; <see langword="null"/> (the default) makes such cells fail with a clear message.</summary>
    public PackageResolver? PackageResolver { get; init; }

    /// <summary>Path of the worker program; by default the copy in <c>worker/</c> beside Notebooks.Execution.dll.</summary>
    public string? WorkerPath { get; init; }
}
