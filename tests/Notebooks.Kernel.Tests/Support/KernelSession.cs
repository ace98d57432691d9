using System.Diagnostics;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>
/// A kernel process started as Jupyter starts it (<c>kit.dll kernel run --connection-file F</c>), and a client on
/// NetMQ sockets that speaks the wire protocol with the connection's key. One thread uses it at a time.
/// </summary>
internal sealed class KernelSession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly WireCodec _codec;
    private readonly string _folder;

    private KernelSession(ConnectionInfo connection, Process process, string folder)
    {
        Connection = connection;
        _process = process;
        _folder = folder;
        _codec = new WireCodec(new MessageSigner(connection.Key), Guid.NewGuid().ToString());
        var identity = System.Text.Encoding.ASCII.GetBytes(Guid.NewGuid().ToString("N"));
        _shell.Options.Identity = identity;
        _control.Options.Identity = identity;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub })
        {
            socket.Options.Linger = TimeSpan.Zero;
        }

        _shell.Connect(connection.Endpoint(connection.ShellPort));
        _control.Connect(connection.Endpoint(connection.ControlPort));
        _iopub.Connect(connection.Endpoint(connection.IopubPort));
        _iopub.SubscribeToAnyTopic();
    }

    public ConnectionInfo Connection { get; }

    public int ProcessId => _process.Id;

    public Process Process => _process;

    /// <summary>Everything received on iopub so far, in order.</summary>
    public List<JupyterMessage> Iopub { get; } = [];

    /// <summary>Starts a kernel in <paramref name="workingDirectory"/> and waits until it answers kernel_info (ready).</summary>
    public static async Task<KernelSession> StartAsync(string? workingDirectory = null)
    {
        var folder = Directory.CreateTempSubdirectory("kit-kernel-session-").FullName;
        var connection = ConnectionInfo.CreateLoopback();
        var file = Path.Combine(folder, "connection.json");
        connection.Write(file);
        var start = new ProcessStartInfo(InstalledKernel.Dotnet)
        {
            ArgumentList = { InstalledKernel.KitDll, "kernel", "run", "--connection-file", file },
            WorkingDirectory = workingDirectory ?? folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var session = new KernelSession(connection, process, folder);
        await session.WaitForReadyAsync();
        return session;
    }

    /// <summary>Sends a request signed with the connection's key (or with <paramref name="signer"/>, to forge one).</summary>
    public JsonObject Send(KernelChannel channel, string msgType, JsonObject content, MessageSigner? signer = null)
    {
        var codec = signer is null ? _codec : new WireCodec(signer, _codec.Session);
        var frames = codec.Encode([], msgType, null, content);
        // The header is frame 2 (after delimiter and signature; a DEALER sends no identity).
        var header = JsonNode.Parse(frames[2])!.AsObject();
        (channel == KernelChannel.Control ? _control : _shell).SendMultipartBytes(frames);
        return header;
    }

    /// <summary>The next reply on shell or control, or null after <paramref name="timeout"/>.</summary>
    public JupyterMessage? Reply(KernelChannel channel, TimeSpan? timeout = null)
    {
        var socket = channel == KernelChannel.Control ? _control : _shell;
        var frames = new List<byte[]>();
        if (!socket.TryReceiveMultipartBytes(timeout ?? Patience, ref frames))
        {
            return null;
        }

        Assert.True(_codec.TryDecode(frames, out var message, out var reason), reason);
        return message;
    }

    /// <summary>The reply to <paramref name="request"/>, skipping stale replies (extra kernel_info replies from start-up).</summary>
    public JupyterMessage ReplyTo(KernelChannel channel, JsonObject request, TimeSpan? timeout = null)
    {
        while (true)
        {
            var reply = Reply(channel, timeout) ?? throw new TimeoutException($"no reply to {request["msg_type"]}");
            if (ParentId(reply) == request["msg_id"]!.GetValue<string>())
            {
                return reply;
            }
        }
    }

    /// <summary>Sends a request and returns its reply and the iopub messages up to its idle.</summary>
    public (JupyterMessage Reply, List<JupyterMessage> Iopub) Request(KernelChannel channel, string msgType, JsonObject content)
    {
        var header = Send(channel, msgType, content);
        return (ReplyTo(channel, header), UntilIdle(header));
    }

    /// <summary>Runs code; returns the reply and its iopub messages (busy … idle).</summary>
    public (JupyterMessage Reply, List<JupyterMessage> Iopub) Execute(string code) =>
        Request(KernelChannel.Shell, "execute_request", ExecuteContent(code));

    public static JsonObject ExecuteContent(string code) => new()
    {
        ["code"] = code,
        ["silent"] = false,
        ["store_history"] = true,
        ["user_expressions"] = new JsonObject(),
        ["allow_stdin"] = false,
        ["stop_on_error"] = true,
    };

    /// <summary>iopub messages whose parent is <paramref name="parent"/>, up to and including its idle status.</summary>
    public List<JupyterMessage> UntilIdle(JsonObject parent, TimeSpan? timeout = null)
    {
        var id = parent["msg_id"]!.GetValue<string>();
        var clock = Stopwatch.StartNew();
        var frames = new List<byte[]>();
        var result = Iopub.Where(m => ParentId(m) == id).ToList();
        while (!result.Any(IsIdle))
        {
            var left = (timeout ?? Patience) - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_iopub.TryReceiveMultipartBytes(left, ref frames))
            {
                throw new TimeoutException($"no idle for {parent["msg_type"]} within {(timeout ?? Patience).TotalSeconds} s");
            }

            Assert.True(_codec.TryDecode(frames, out var message, out var reason), reason);
            Iopub.Add(message!);
            if (ParentId(message!) == id)
            {
                result.Add(message!);
            }
        }

        return result;
    }

    /// <summary>Ids of the kernel's child processes (the worker) from /proc.</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid) =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(int.Parse!)
            .Where(p => ParentOf(p) == pid)];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _shell.Dispose();
        _control.Dispose();
        _iopub.Dispose();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsIdle(JupyterMessage m) => m.MsgType == "status" && m.Content["execution_state"]?.GetValue<string>() == "idle";

    private static string? ParentId(JupyterMessage m) => m.ParentHeader["msg_id"]?.GetValue<string>();

    private static int? ParentOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // As jupyter_client does: kernel_info until a reply and an iopub message arrive (the SUB joins late).
    private async Task WaitForReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            Assert.False(_process.HasExited, "the kernel exited during start-up");
            var header = Send(KernelChannel.Shell, "kernel_info_request", []);
            if (Reply(KernelChannel.Shell, TimeSpan.FromSeconds(1)) is not null)
            {
                try
                {
                    UntilIdle(header, TimeSpan.FromSeconds(1));
                    Iopub.Clear();
                    return;
                }
                catch (TimeoutException)
                {
                    // The subscription was not in place yet; ask again.
                }
            }

            await Task.Yield();
        }

        throw new TimeoutException("the kernel did not become ready within 60 s");
    }
}
