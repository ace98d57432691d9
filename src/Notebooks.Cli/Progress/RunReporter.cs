using Notebooks.Documents;
using Notebooks.Execution;
using Spectre.Console;

namespace Notebooks.Cli.Progress;

/// <summary>
/// Shows progress while notebooks run: a live bar per notebook in a terminal, plain lines (one per cell) when
/// output is redirected, so CI logs and pipes stay readable.
/// </summary>
public abstract class RunReporter
{
    /// <summary>Picks the live display for an interactive terminal, plain lines otherwise.</summary>
    public static RunReporter For(IAnsiConsole console, string workingDirectory) =>
        console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
            ? new LiveRunReporter(console, workingDirectory)
            : new PlainRunReporter(console, workingDirectory);

    /// <summary>Runs <paramref name="runOne"/> for each notebook, at most <paramref name="parallel"/> at once.</summary>
    public abstract Task RunAsync(
        IReadOnlyList<Notebook> notebooks,
        Func<int, IProgress<CellEvent>, Task<NotebookSummary>> runOne,
        int parallel,
        CancellationToken ct);

    /// <summary>Runs the notebooks with bounded parallelism, in order when <paramref name="parallel"/> is 1.</summary>
    protected static Task ForEachAsync(int count, int parallel, CancellationToken ct, Func<int, Task> body) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (index, _) => await body(index));

    /// <summary>A synchronous IProgress: events arrive in order on the runner's thread, with no thread-pool hop.</summary>
    protected sealed class Callback<T>(Action<T> report) : IProgress<T>
    {
        /// <inheritdoc/>
        public void Report(T value) => report(value);
    }
}
