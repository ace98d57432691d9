using System.Text.Json.Nodes;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using Notebooks.Kernel.Protocol;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel;

/// <summary>
/// A Jupyter kernel for C#: the messaging protocol 5.3 over NetMQ in front of the kit's <see cref="CellExecutor"/>,
/// the same worker <c>kit run</c> uses, so a chapter shows the same outputs in Jupyter, VS Code and the snapshots.
/// </summary>
/// <remarks>
/// Shell requests are handled one at a time in arrival order (as ipykernel does); control requests (interrupt,
/// shutdown, kernel_info) on their own loop, so they are answered while a cell runs. Every request is wrapped in
/// busy → reply → idle on iopub with the request as parent. kernel_info is answered only once the worker is ready
/// (default usings, references and formatters loaded, Roslyn warmed up), so a client never sends a first cell
/// that could lose output.
/// </remarks>
public sealed partial class CSharpKernel : IAsyncDisposable
{
    private readonly KernelOptions _options;
    private readonly KernelLog _log;
    private readonly WireCodec _codec;
    private readonly KernelChannels _channels;
    private readonly PackageResolver _packages;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TaskCompletionSource<bool> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _displayPrefix = "kernel-" + Guid.NewGuid().ToString("N")[..8];
    private Task<CellExecutor> _executor;
    private int _restarts;

    private CSharpKernel(ConnectionInfo connection, KernelOptions options, KernelLog log)
    {
        _options = options;
        _log = log;
        _codec = new WireCodec(new MessageSigner(connection.Key), Guid.NewGuid().ToString());
        _channels = new KernelChannels(connection, _codec, log);
        _packages = options.PackageResolver ?? new PackageResolver(PackageResolver.DefaultCacheDirectory);
        _executor = StartExecutorAsync();
    }

    /// <summary>Completes when the kernel has shut down (a shutdown_request, or <see cref="DisposeAsync"/>).</summary>
    public Task Exited => _exited.Task;

    /// <summary>Binds the sockets, starts the worker in the background and serves requests until shutdown.</summary>
    /// <param name="connection">The connection file's settings.</param>
    /// <param name="options">How cells run; null for the defaults.</param>
    /// <param name="log">Where to log; null for stderr.</param>
    public static CSharpKernel Start(ConnectionInfo connection, KernelOptions? options = null, KernelLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        log ??= KernelLog.Stderr;
        if (!connection.IsLoopback)
        {
            log.Warn($"listening on {connection.Ip}, not loopback: anyone who can reach these ports and has the key can run code as you.");
        }

        var kernel = new CSharpKernel(connection, options ?? new KernelOptions(), log);
        kernel._channels.Start();
        kernel.Publish<Status>(null, new("starting"));
        _ = kernel.ServeAsync(kernel._channels.ShellRequests, kernel.HandleShellAsync, "shell");
        _ = kernel.ServeAsync(kernel._channels.ControlRequests, kernel.HandleControlAsync, "control");
        return kernel;
    }

    /// <summary>Asks the running cell to stop, as an interrupt_request would (used for SIGINT).</summary>
    public void RequestInterrupt() => _ = InterruptAsync();

    /// <summary>Stops the worker and closes the sockets.</summary>
    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync().ConfigureAwait(false);
        _channels.Dispose();
        _shutdown.Dispose();
    }

    private async Task<CellExecutor> StartExecutorAsync()
    {
        var executor = await CellExecutor.StartAsync(new CellExecutorOptions
        {
            WorkingDirectory = _options.WorkingDirectory,
            Environment = _options.WorkerEnvironment,
            PackageResolver = _packages,
            WorkerPath = _options.WorkerPath,
            DisplayIdPrefix = $"{_displayPrefix}-{++_restarts}",
        }).ConfigureAwait(false);
        // Warm Roslyn up (the first compile takes a second or two) before kernel_info says we are ready.
        await executor.ExecuteAsync(new CellRequest(string.Empty, 0)).ConfigureAwait(false);
        return executor;
    }

    private async Task ServeAsync(System.Threading.Channels.ChannelReader<JupyterMessage> requests, Func<JupyterMessage, Task> handle, string name)
    {
        await foreach (var request in requests.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await handle(request).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // A loop that dies silently leaves clients hanging (iqsharp#376): log, finish the envelope, go on.
                _log.Warn($"{name}: {request.MsgType} failed: {e}");
                Publish<Status>(request.Header, new("idle"));
            }
        }
    }

    private void Reply<T>(KernelChannel channel, JupyterMessage request, T content) where T : IJupyterContent =>
        _channels.Send(channel, _codec.Encode(request.Identities, T.MsgType, request.Header, ProtocolJson.ToJson(content)));

    private void Publish<T>(JsonObject? parent, T content) where T : IJupyterContent =>
        _channels.Send(KernelChannel.Iopub, _codec.Encode([System.Text.Encoding.UTF8.GetBytes($"kernel.{_codec.Session}.{T.MsgType}")],
            T.MsgType, parent, ProtocolJson.ToJson(content)));

    private async Task EnvelopeAsync(JupyterMessage request, Func<Task> body)
    {
        Publish<Status>(request.Header, new("busy"));
        try
        {
            await body().ConfigureAwait(false);
        }
        finally
        {
            Publish<Status>(request.Header, new("idle"));
        }
    }
}
