using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Notebooks.Execution.Protocol;

namespace Notebooks.Execution.Worker;

/// <summary>The runner's end of one worker process: start, send requests, read events, kill.</summary>
/// <remarks>
/// Events are read on a background task into a channel, so that a worker that floods stdout never blocks on a
/// full pipe while we wait for something else. The stderr tail is kept to explain crashes (a stack overflow
/// prints "Stack overflow." there before the runtime aborts).
/// </remarks>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const int StderrTailChars = 16_384;
    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>(new() { SingleReader = true });
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;
    private readonly SemaphoreSlim _send = new(1, 1); // an interrupt may be sent while a cell's request is written

    private WorkerProcess(Process process)
    {
        _process = process;
        _stdoutPump = Task.Run(PumpStdoutAsync);
        _stderrPump = Task.Run(PumpStderrAsync);
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public string StderrTail
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static WorkerProcess Start(CellExecutorOptions options)
    {
        var start = new ProcessStartInfo(WorkerLocator.DotnetPath())
        {
            WorkingDirectory = options.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(WorkerLocator.WorkerPath(options.WorkerPath));
        start.ArgumentList.Add(WorkerProtocol.MaxOutputCharsSwitch);
        start.ArgumentList.Add(options.MaxOutputCharsPerCell.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(WorkerProtocol.DisplayIdPrefixSwitch);
        start.ArgumentList.Add(options.DisplayIdPrefix);
        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("The notebook worker did not start."));
    }

    public async Task SendAsync(JsonObject request, CancellationToken ct)
    {
        await _send.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _process.StandardInput.WriteLineAsync(request.ToJsonString().AsMemory(), ct).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>The next event, or <see langword="null"/> once the worker has exited and every event was read.</summary>
    public async Task<JsonObject?> ReadAsync(CancellationToken ct) =>
        await _events.Reader.WaitToReadAsync(ct).ConfigureAwait(false) ? await _events.Reader.ReadAsync(ct).ConfigureAwait(false) : null;

    /// <summary>Kills the worker (and anything it started) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await Task.WhenAll(_stdoutPump, _stderrPump).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task PumpStdoutAsync()
    {
        var reader = _process.StandardOutput;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            _events.Writer.TryWrite(Parse(line));
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _events.Writer.TryComplete();
    }

    // Native code (libtorch warnings) can write to fd 1 behind the worker's back; such lines are shown as the
    // cell's stdout instead of breaking the protocol.
    private static JsonObject Parse(string line)
    {
        if (line.StartsWith("{\"ev\":", StringComparison.Ordinal))
        {
            try
            {
                return JsonNode.Parse(line)!.AsObject();
            }
            catch (JsonException)
            {
                // fall through: not one of ours after all
            }
        }

        return new JsonObject { ["ev"] = WorkerProtocol.Stream, ["id"] = -1, ["name"] = "stdout", ["text"] = line + "\n" };
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_stderr)
            {
                _stderr.Append(buffer, 0, read);
                if (_stderr.Length > StderrTailChars)
                {
                    _stderr.Remove(0, _stderr.Length - StderrTailChars);
                }
            }
        }
    }
}
