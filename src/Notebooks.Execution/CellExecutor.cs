using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Notebooks.Execution.Packages;
using Notebooks.Execution.Protocol;
using Notebooks.Execution.Worker;

namespace Notebooks.Execution;

/// <summary>
/// Runs C# cells one after another in a worker process that keeps one scripting state: what the notebook runner
/// and the Jupyter kernel both use.
/// </summary>
/// <remarks>
/// Calls must not overlap. A cell that times out or ends the worker (stack overflow, <c>Environment.Exit</c>)
/// leaves this executor dead (<see cref="IsAlive"/> false): the state is gone, start a new one. Cancelling a call
/// kills the worker too, because .NET cannot interrupt running code. Disposing kills the worker, so no process
/// outlives its executor.
/// </remarks>
public sealed partial class CellExecutor : IAsyncDisposable
{
    private readonly CellExecutorOptions _options;
    private readonly WorkerProcess _worker;
    private readonly PackageRestoreContext? _packages;
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private long _requests;
    private int _markdownDisplays;
    private bool _dead;

    private CellExecutor(CellExecutorOptions options, WorkerProcess worker)
    {
        _options = options;
        _worker = worker;
        _packages = options.PackageResolver is { } resolver ? new PackageRestoreContext(resolver, options.WorkingDirectory) : null;
    }

    /// <summary>False once the worker was stopped or ended; the scripting state is then lost.</summary>
    public bool IsAlive => !_dead && !_worker.HasExited;

    /// <summary>The worker's process id (for diagnostics and tests).</summary>
    public int WorkerProcessId => _worker.ProcessId;

    /// <summary>Starts a worker and waits until it is ready for cells.</summary>
    /// <param name="options">Working directory, environment, limits; <see langword="null"/> for the defaults.</param>
    /// <param name="ct">Cancels the start; the worker is killed.</param>
    /// <exception cref="InvalidOperationException">The worker did not report ready in time (its stderr is included).</exception>
    public static async Task<CellExecutor> StartAsync(CellExecutorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new CellExecutorOptions();
        var worker = WorkerProcess.Start(options);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.StartTimeout);
            var ready = await worker.ReadAsync(timeout.Token).ConfigureAwait(false);
            if (ready?["ev"]?.GetValue<string>() != WorkerProtocol.Ready)
            {
                await worker.KillAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"The notebook worker did not start: {ready?.ToJsonString() ?? "it exited"}. {worker.StderrTail}".Trim());
            }

            return new CellExecutor(options, worker);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The notebook worker did not report ready within {options.StartTimeout.TotalSeconds:0} s.");
        }
        catch
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs one cell: restores its <c>#r "nuget: …"</c> packages first, then compiles and runs it.</summary>
    /// <param name="request">The code and how to name it.</param>
    /// <param name="timeout">Time limit for the cell's code (restore excluded); <see langword="null"/> for none.</param>
    /// <param name="onOutput">Called with each output as it arrives (on a pool thread), e.g. to stream to a front end.</param>
    /// <param name="ct">Cancels the cell by killing the worker; then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcome and every output, in order.</returns>
    public async Task<CellExecutionResult> ExecuteAsync(
        CellRequest request, TimeSpan? timeout = null, Action<CellOutput>? onOutput = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDead();
        var stopwatch = Stopwatch.StartNew();
        var outputs = new List<CellOutput>();
        void Emit(CellOutput output)
        {
            outputs.Add(output);
            onOutput?.Invoke(output);
        }

        var outcome = await ExecuteCoreAsync(request, timeout, Emit, ct).ConfigureAwait(false);
        return new CellExecutionResult(outcome, outputs, stopwatch.Elapsed);
    }

    /// <summary>
    /// Compiles one cell after the previously checked ones, without running anything (for <c>kit check</c>).
    /// Packages are restored so that their types resolve.
    /// </summary>
    /// <param name="request">The cell; its <see cref="CellRequest.CellNumber"/> minus one becomes the diagnostics' cell index.</param>
    /// <param name="ct">Cancels the check by killing the worker.</param>
    /// <returns>Errors and warnings, in source order.</returns>
    public async Task<IReadOnlyList<CellDiagnostic>> CheckAsync(CellRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDead();
        var index = request.CellNumber - 1;
        var source = CellSource.Parse(request.Code, request.KernelName);
        switch (source.Kind)
        {
            case CellKind.Unsupported:
                return [new CellDiagnostic(index, null, "KIT001", "error", UnsupportedMessage(request, source))];
            case CellKind.Markdown:
                return [];
        }

        var diagnostics = new List<CellDiagnostic>();
        var code = await PrepareCSharpAsync(request, source.Text, _ => { }, diagnostics, ct).ConfigureAwait(false);
        if (code is null)
        {
            return diagnostics;
        }

        await ExchangeAsync(Request(WorkerProtocol.Check, request, code), null, e =>
        {
            if (e["ev"]?.GetValue<string>() == WorkerProtocol.Diagnostic)
            {
                diagnostics.Add(new CellDiagnostic(index, e["line"]?.GetValue<int>(), Text(e, "code"), Text(e, "severity"), Text(e, "message")));
            }
        }, request, ct).ConfigureAwait(false);
        return diagnostics;
    }

    /// <summary>Kills the worker and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        _dead = true;
        await _worker.DisposeAsync().ConfigureAwait(false);
    }

    private JsonObject Request(string op, CellRequest request, string code) => new()
    {
        ["op"] = op,
        ["id"] = ++_requests,
        ["cell"] = string.Create(CultureInfo.InvariantCulture, $"cell-{request.CellNumber}"),
        ["label"] = request.Label,
        ["code"] = code,
    };

    private void ThrowIfDead()
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException("The notebook worker has stopped (time-out, crash or cancellation); start a new CellExecutor.");
        }
    }

    private static string Text(JsonObject e, string key) => e[key]?.GetValue<string>() ?? string.Empty;

    private static string UnsupportedMessage(CellRequest request, CellSource source) =>
        $"{request.Label} is written in {source.Language}, which is not supported by this engine: it runs C# cells only.";
}
