using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;

namespace Notebooks.Kernel.Wire;

/// <summary>The kernel's sockets: shell, control and stdin (ROUTER), iopub (PUB) and the heartbeat (REP).</summary>
/// <remarks>
/// NetMQ sockets belong to one thread, so one poller thread owns shell, control, stdin and iopub: it receives,
/// verifies and queues incoming requests, and sends whatever other threads put in the outbox, each message's frames
/// in one go (interleaved frames are the classic cause of "Invalid Signature" in front ends). The heartbeat echoes on
/// its own thread so it answers during long cells. Messages that fail verification are dropped and logged, never
/// answered.
/// </remarks>
internal sealed class KernelChannels : IDisposable
{
    private readonly ConnectionInfo _connection;
    private readonly WireCodec _codec;
    private readonly KernelLog _log;
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly NetMQQueue<(KernelChannel Channel, List<byte[]>? Frames)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly Channel<JupyterMessage> _shellRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Channel<JupyterMessage> _controlRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _heartbeat;
    private long _sequence;

    public KernelChannels(ConnectionInfo connection, WireCodec codec, KernelLog log)
    {
        _connection = connection;
        _codec = codec;
        _log = log;
        _poller = new NetMQPoller { _shell, _control, _stdin, _iopub, _outbox };
        _shell.ReceiveReady += (_, e) => Receive(e.Socket, _shellRequests.Writer, "shell");
        _control.ReceiveReady += (_, e) => Receive(e.Socket, _controlRequests.Writer, "control");
        _stdin.ReceiveReady += (_, e) => e.Socket.ReceiveMultipartBytes(); // no input_request is ever sent (see CSharpKernel)
        _outbox.ReceiveReady += (_, e) => Flush(e.Queue);
    }

    /// <summary>Verified shell requests, in arrival order.</summary>
    public ChannelReader<JupyterMessage> ShellRequests => _shellRequests.Reader;

    /// <summary>Verified control requests, in arrival order.</summary>
    public ChannelReader<JupyterMessage> ControlRequests => _controlRequests.Reader;

    /// <summary>Sequence number of the last request received on shell (see <see cref="JupyterMessage.Sequence"/>).</summary>
    public long LastShellSequence => Interlocked.Read(ref _sequence);

    /// <summary>Binds every socket to the connection file's address and starts the threads.</summary>
    public void Start()
    {
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub })
        {
            socket.Options.Linger = TimeSpan.FromSeconds(1); // the last reply and idle must not vanish on dispose
        }

        _iopub.Options.SendHighWatermark = 10_000;
        _shell.Bind(_connection.Endpoint(_connection.ShellPort));
        _control.Bind(_connection.Endpoint(_connection.ControlPort));
        _stdin.Bind(_connection.Endpoint(_connection.StdinPort));
        _iopub.Bind(_connection.Endpoint(_connection.IopubPort));
        _heartbeat = new Thread(Heartbeat) { IsBackground = true, Name = "heartbeat" };
        _heartbeat.Start();
        _poller.RunAsync("kernel sockets", isBackgroundThread: true);
    }

    /// <summary>Queues a message for sending on the poller thread.</summary>
    public void Send(KernelChannel channel, List<byte[]> frames) => _outbox.Enqueue((channel, frames));

    /// <summary>Sends everything queued so far, then stops the threads and closes the sockets.</summary>
    public async Task StopAsync()
    {
        _outbox.Enqueue((KernelChannel.Iopub, null)); // a marker: everything before it has been sent
        await Task.WhenAny(_drained.Task, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
        _stopping.Cancel();
        if (_poller.IsRunning)
        {
            _poller.Stop();
        }

        _heartbeat?.Join(TimeSpan.FromSeconds(1));
        _shellRequests.Writer.TryComplete();
        _controlRequests.Writer.TryComplete();
    }

    public void Dispose()
    {
        _poller.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _iopub.Dispose();
        _outbox.Dispose();
        _stopping.Dispose();
    }

    private void Receive(NetMQSocket socket, ChannelWriter<JupyterMessage> requests, string channel)
    {
        var frames = socket.ReceiveMultipartBytes();
        try
        {
            if (_codec.TryDecode(frames, out var message, out var reason))
            {
                requests.TryWrite(message! with { Sequence = channel == "shell" ? Interlocked.Increment(ref _sequence) : 0 });
            }
            else
            {
                _log.Warn($"dropped a message on {channel}: {reason}; it was not executed");
            }
        }
        catch (Exception e)
        {
            _log.Warn($"dropped a message on {channel}: {e.Message}");
        }
    }

    private void Flush(NetMQQueue<(KernelChannel Channel, List<byte[]>? Frames)> queue)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Frames is null)
            {
                _drained.TrySetResult();
                continue;
            }

            var socket = item.Channel switch
            {
                KernelChannel.Shell => (NetMQSocket)_shell,
                KernelChannel.Control => _control,
                KernelChannel.Stdin => _stdin,
                _ => _iopub,
            };
            try
            {
                socket.SendMultipartBytes(item.Frames);
            }
            catch (Exception e)
            {
                _log.Warn($"could not send on {item.Channel}: {e.Message}");
            }
        }
    }

    // Echo only, never interpret: the heartbeat is unauthenticated by design.
    private void Heartbeat()
    {
        using var socket = new ResponseSocket();
        socket.Options.Linger = TimeSpan.Zero;
        socket.Bind(_connection.Endpoint(_connection.HbPort));
        var frames = new List<byte[]>();
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
                {
                    socket.SendMultipartBytes(frames);
                }
            }
            catch (Exception e) when (e is not ThreadInterruptedException)
            {
                _log.Warn($"heartbeat: {e.Message}");
            }
        }
    }
}

/// <summary>The channel a message goes out on.</summary>
internal enum KernelChannel
{
    Shell,
    Control,
    Stdin,
    Iopub,
}
