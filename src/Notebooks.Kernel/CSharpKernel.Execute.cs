using Notebooks.Execution;
using Notebooks.Kernel.Protocol;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel;

// execute_request: run the cell in the worker and forward its outputs as they come.
public sealed partial class CSharpKernel
{
    private const string StateLostText =
        "The C# worker was restarted, so this notebook's state is lost: variables, definitions and loaded packages. " +
        "Run the cells again from the top.";

    private int _executionCount;
    private long _abortUpTo;
    private CancellationTokenSource? _running;

    private Task ExecuteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var silent = request.Flag("silent", false);
        var storeHistory = request.Flag("store_history", !silent) && !silent;
        if (request.Sequence <= Interlocked.Read(ref _abortUpTo))
        {
            // Queued behind a cell that failed with stop_on_error: skipped, as ipykernel does.
            return EnvelopeAsync(request, () =>
            {
                Reply(KernelChannel.Shell, request, new ExecuteReply("aborted", _executionCount));
                return Task.CompletedTask;
            });
        }

        return EnvelopeAsync(request, async () =>
        {
            var empty = string.IsNullOrWhiteSpace(code); // VS Code sends empty cells during start-up
            var count = storeHistory && !empty ? ++_executionCount : _executionCount;
            if (!silent)
            {
                Publish(request.Header, new ExecuteInput(code, count));
            }

            var (error, result) = empty ? (null, null) : await RunCellAsync(request, code, count, silent).ConfigureAwait(false);
            if (storeHistory && !empty)
            {
                _history.Add(new HistoryEntry(count, code, result));
            }

            if (error is null)
            {
                Reply(KernelChannel.Shell, request, ExecuteReply.Ok(count));
                return;
            }

            if (request.Flag("stop_on_error", true))
            {
                // Decided before the reply goes out, so a request sent after the reply is not aborted.
                Interlocked.Exchange(ref _abortUpTo, _channels.LastShellSequence);
            }

            Reply(KernelChannel.Shell, request, ExecuteReply.Error(count, error));
        });
    }

    private async Task<(ErrorContent? Error, string? Result)> RunCellAsync(JupyterMessage request, string code, int count, bool silent)
    {
        ErrorContent? error = null;
        string? result = null;
        void Forward(CellOutput output)
        {
            if (output is ErrorOutput e)
            {
                error = new ErrorContent(e.Name, e.Value, e.Traceback);
            }

            if (output is ResultOutput r)
            {
                result = r.Data["text/plain"]?.GetValue<string>();
            }

            if (!silent)
            {
                PublishOutput(request, output, count);
            }
        }

        CellExecutor executor;
        try
        {
            executor = await _executor.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _executor = StartExecutorAsync(); // try again for the next cell
            Forward(new ErrorOutput("KernelStartFailed", e.Message, [$"The C# worker did not start: {e.Message}"], null));
            return (error, result);
        }

        using var kill = new CancellationTokenSource();
        Volatile.Write(ref _running, kill);
        try
        {
            var run = await executor.ExecuteAsync(new CellRequest(code, count), null, Forward, kill.Token).ConfigureAwait(false);
            if (run.StateLost)
            {
                await RestartWorkerAsync(executor).ConfigureAwait(false);
                Forward(new StreamOutput("stderr", StateLostText + "\n"));
            }
        }
        catch (OperationCanceledException) when (kill.IsCancellationRequested)
        {
            // The cell ignored the interrupt (a tight loop): the worker was killed with it.
            await RestartWorkerAsync(executor).ConfigureAwait(false);
            Forward(new ErrorOutput("KernelRestarted", "The cell did not stop when interrupted. " + StateLostText,
                [$"cell {count}: interrupted; it did not stop within {_options.InterruptGrace.TotalSeconds:0.#} s, so the worker was stopped.", StateLostText], null));
        }
        finally
        {
            Volatile.Write(ref _running, null);
        }

        return (error, result);
    }

    private async Task RestartWorkerAsync(CellExecutor dead)
    {
        await dead.DisposeAsync().ConfigureAwait(false);
        if (Volatile.Read(ref _shuttingDown) == 1)
        {
            return;
        }

        _log.Info("restarting the C# worker; the notebook's state is lost");
        _executor = StartExecutorAsync();
        try
        {
            await _executor.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Warn($"the C# worker did not restart: {e.Message}");
        }
    }

    private void PublishOutput(JupyterMessage request, CellOutput output, int count)
    {
        switch (output)
        {
            case StreamOutput s:
                Publish(request.Header, new StreamText(s.Name, s.Text));
                break;
            case DisplayOutput { IsUpdate: false } d:
                Publish(request.Header, new DisplayData(d.Data, [], new() { ["display_id"] = d.DisplayId }));
                break;
            case DisplayOutput d:
                Publish(request.Header, new UpdateDisplayData(d.Data, [], new() { ["display_id"] = d.DisplayId }));
                break;
            case ResultOutput r:
                Publish(request.Header, new ExecuteResult(count, r.Data, []));
                break;
            case ErrorOutput e:
                Publish(request.Header, new ErrorContent(e.Name, e.Value, e.Traceback));
                break;
        }
    }
}
