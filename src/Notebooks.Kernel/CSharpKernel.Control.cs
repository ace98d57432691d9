using Notebooks.Kernel.Protocol;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel;

// interrupt and shutdown: answered on control while a cell runs.
public sealed partial class CSharpKernel
{
    private int _shuttingDown;

    // First ask politely (the token the library's loops observe); a cell that ignores it is stopped with its
    // worker after the grace period, and RunCellAsync tells the client that the state is gone.
    private async Task InterruptAsync()
    {
        var running = Volatile.Read(ref _running);
        if (running is null || !_executor.IsCompletedSuccessfully)
        {
            return; // nothing runs: an interrupt while idle is a no-op (jupyter_client interrupts before shutdown)
        }

        await _executor.Result.InterruptAsync().ConfigureAwait(false);
        _ = Task.Delay(_options.InterruptGrace).ContinueWith(_ =>
        {
            if (ReferenceEquals(Volatile.Read(ref _running), running))
            {
                try
                {
                    running.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The cell ended at that very moment.
                }
            }
        }, TaskScheduler.Default);
    }

    private Task ShutdownRequestAsync(JupyterMessage request, KernelChannel channel) => EnvelopeAsync(request, () =>
    {
        Reply(channel, request, new ShutdownReply("ok", request.Flag("restart", false)));
        return Task.CompletedTask;
    }).ContinueWith(_ => ShutdownAsync(), TaskScheduler.Default).Unwrap();

    private async Task ShutdownAsync()
    {
        if (Interlocked.Exchange(ref _shuttingDown, 1) == 1)
        {
            await _exited.Task.ConfigureAwait(false);
            return;
        }

        try
        {
            Volatile.Read(ref _running)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        try
        {
            await (await _executor.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Info($"worker at shutdown: {e.Message}");
        }

        await _channels.StopAsync().ConfigureAwait(false);
        _exited.TrySetResult(true);
    }
}
