using Notebooks.Execution;
using Notebooks.Execution.Packages;

namespace Notebooks.Kernel;

/// <summary>How <see cref="CSharpKernel"/> runs cells. Every property has a documented default.</summary>
public sealed record KernelOptions
{
    /// <summary>The folder cells run in; the current directory by default (Jupyter starts kernels in the notebook's folder).</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Environment of the worker; <see cref="RunOptions.DeterministicTorchEnvironment"/> by default, as <c>kit run</c>,
    /// so a chapter shows the same numbers in Jupyter as in the snapshots.</summary>
    public IReadOnlyDictionary<string, string> WorkerEnvironment { get; init; } = RunOptions.DeterministicTorchEnvironment;

    /// <summary>How long an interrupted cell may take to stop on its own before the worker is restarted; 3 s by default
    /// (a training step takes milliseconds; jupyter_client gives a shutdown 2.5 s before it escalates).</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Resolves <c>#r "nuget: …"</c>; <see langword="null"/> (the default) creates one with the default cache.</summary>
    public PackageResolver? PackageResolver { get; init; }

    /// <summary>Path of the worker program; by default the one beside Notebooks.Execution.dll.</summary>
    public string? WorkerPath { get; init; }

    /// <summary>The version reported in kernel_info_reply; the kernel assembly's version by default.</summary>
    public string ImplementationVersion { get; init; } =
        typeof(KernelOptions).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
}
