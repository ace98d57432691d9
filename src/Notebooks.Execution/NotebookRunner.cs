using Notebooks.Documents;

namespace Notebooks.Execution;

/// <summary>
/// Runs a notebook's C# cells in order in one worker process and returns a copy with fresh outputs: notebook in,
/// notebook out. No console, no files; the CLI saves and draws progress.
/// </summary>
/// <remarks>
/// <para>Execution counts go 1..n over the cells that ran. Cells tagged <c>skip-execution</c> are not run and their
/// outputs are cleared; an error in a cell tagged <c>raises-exception</c> is expected and not a failure.</para>
/// <para>After an ordinary error later cells still run (unless <see cref="RunOptions.StopOnError"/>). After a
/// time-out, a stack overflow, <c>Environment.Exit</c> or a crash, the notebook's state is gone: the cell gets an
/// error saying so, and the remaining cells are left not run (no outputs, no execution count), which is more honest
/// than running them in a fresh worker against state they never saw.</para>
/// <para>Cancellation kills the worker and throws <see cref="OperationCanceledException"/>; no process is left.</para>
/// </remarks>
public static class NotebookRunner
{
    private const string SkipTag = "skip-execution";
    private const string RaisesTag = "raises-exception";

    /// <summary>Runs every code cell; see <see cref="RunWithReportAsync"/> for the failures.</summary>
    /// <param name="notebook">The notebook; it is not modified.</param>
    /// <param name="options">Limits, environment, working directory; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives <see cref="CellEvent"/>s in order, or null.</param>
    /// <param name="ct">Cancels the run (kills the worker).</param>
    /// <returns>A copy of the notebook with outputs and execution counts.</returns>
    public static async Task<Notebook> RunAsync(
        Notebook notebook, RunOptions? options = null, IProgress<CellEvent>? progress = null, CancellationToken ct = default) =>
        (await RunWithReportAsync(notebook, options, progress, ct).ConfigureAwait(false)).Notebook;

    /// <summary>Runs every code cell and reports which failed.</summary>
    /// <param name="notebook">The notebook; it is not modified.</param>
    /// <param name="options">Limits, environment, working directory; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives <see cref="CellEvent"/>s in order, or null.</param>
    /// <param name="ct">Cancels the run (kills the worker).</param>
    /// <returns>The executed copy, the unexpected failures and the cells not run.</returns>
    public static async Task<NotebookRunResult> RunWithReportAsync(
        Notebook notebook, RunOptions? options = null, IProgress<CellEvent>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new RunOptions();
        var copy = Notebook.Parse(notebook.ToJson(), notebook.Path);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.RunTimeout is { } runTimeout)
        {
            run.CancelAfter(runTimeout);
        }

        var state = new RunState(copy, options, progress);
        try
        {
            foreach (var cell in copy.Cells.Code.ToList())
            {
                await state.RunCellAsync(cell, run.Token, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await state.DisposeAsync().ConfigureAwait(false);
        }

        return new NotebookRunResult(copy, state.Failures, state.NotRun);
    }

    /// <summary>The mutable part of one run: the executor, the execution counter, what failed.</summary>
    private sealed class RunState(Notebook notebook, RunOptions options, IProgress<CellEvent>? progress) : IAsyncDisposable
    {
        private readonly OutputAssembler _assembler = new();
        private readonly string _directory = options.WorkingDirectory
            ?? (notebook.Path is { } path ? Path.GetDirectoryName(Path.GetFullPath(path))! : Directory.GetCurrentDirectory());

        private CellExecutor? _executor;
        private int _count;
        private string? _stopped;

        public List<NotebookExecutionException> Failures { get; } = [];

        public List<int> NotRun { get; } = [];

        public async Task RunCellAsync(CodeCell cell, CancellationToken run, CancellationToken caller)
        {
            var reason = cell.HasTag(SkipTag) ? "skip-execution tag"
                : _stopped ?? (string.IsNullOrWhiteSpace(cell.Source) ? "empty cell" : null);
            if (reason is not null)
            {
                cell.ClearOutputs();
                if (reason != "empty cell")
                {
                    NotRun.Add(cell.Index);
                }

                progress?.Report(new CellNotRun(cell.Index, reason));
                return;
            }

            cell.ClearOutputs();
            var count = ++_count;
            cell.ExecutionCount = count;
            progress?.Report(new CellStarted(cell.Index, count));
            var result = await ExecuteAsync(cell, run, caller).ConfigureAwait(false);
            cell.SetOutputs(_assembler.Assemble(result.Outputs, count));
            var failure = Failure(cell, result);
            if (failure is not null)
            {
                Failures.Add(failure);
            }

            if (result.StateLost)
            {
                _stopped = $"not run: the worker stopped at cell {cell.Index + 1} and the notebook's state was lost";
                await DisposeAsync().ConfigureAwait(false);
            }
            else if (failure is not null && options.StopOnError)
            {
                _stopped = $"not run: cell {cell.Index + 1} failed and StopOnError is set";
            }

            progress?.Report(new CellCompleted(cell.Index, result.Outcome, result.Elapsed, failure));
        }

        public async ValueTask DisposeAsync()
        {
            if (_executor is not null)
            {
                await _executor.DisposeAsync().ConfigureAwait(false);
                _executor = null;
            }
        }

        private async Task<CellExecutionResult> ExecuteAsync(CodeCell cell, CancellationToken run, CancellationToken caller)
        {
            var started = DateTime.UtcNow;
            try
            {
                _executor ??= await CellExecutor.StartAsync(ExecutorOptions(), run).ConfigureAwait(false);
                var kernel = cell.Kernel.Origin == CellKernelOrigin.MagicCommand ? null : cell.Kernel.Name;
                var request = new CellRequest(cell.Source, cell.Index + 1, kernel);
                return await _executor.ExecuteAsync(
                    request, options.CellTimeout, o => progress?.Report(new CellOutputProduced(cell.Index, o)), run).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!caller.IsCancellationRequested)
            {
                // The whole-run limit, not the caller: record it on the cell that was running.
                var limit = options.RunTimeout!.Value;
                var text = $"cell {cell.Index + 1}: the run did not finish within {limit.TotalSeconds:0.###} s; the worker was stopped.";
                return new CellExecutionResult(CellOutcome.TimedOut, [new ErrorOutput("RunTimedOut", text, [text], null)], DateTime.UtcNow - started);
            }
        }

        private CellExecutorOptions ExecutorOptions() => new()
        {
            WorkingDirectory = _directory,
            Environment = options.Environment,
            MaxOutputCharsPerCell = options.MaxOutputCharsPerCell,
            PackageResolver = options.PackageResolver,
            WorkerPath = options.WorkerPath,
            DisplayIdPrefix = "display",
        };

        private NotebookExecutionException? Failure(CodeCell cell, CellExecutionResult result) => result.Outcome switch
        {
            CellOutcome.Succeeded => null,
            CellOutcome.Failed when cell.HasTag(RaisesTag) => null,
            CellOutcome.Failed => new CellFailedException(notebook.Path, cell.Index, result.Error!),
            CellOutcome.TimedOut => new CellTimedOutException(
                notebook.Path, cell.Index, result.Error?.Name == "RunTimedOut" ? options.RunTimeout!.Value : options.CellTimeout!.Value, result.Error?.Name == "RunTimedOut"),
            _ => new WorkerExitedException(notebook.Path, cell.Index, result.Error!),
        };
    }
}
