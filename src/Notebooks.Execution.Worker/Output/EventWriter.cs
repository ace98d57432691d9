using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Execution.Protocol;

namespace Notebooks.Execution.Worker.Output;

/// <summary>Writes protocol events, one JSON line each, to the process's real stdout.</summary>
/// <remarks>
/// Thread-safe: notebook code may print or display from any thread. Writes after the runner has gone (broken
/// pipe) are dropped, because the worker is about to exit anyway.
/// </remarks>
internal sealed class EventWriter(Stream stdout)
{
    // Relaxed escaping: the runner parses these lines, nothing renders them, and HTML stays readable in a trace.
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _gate = new();
    private bool _broken;

    /// <summary>The request being served, so that output from background threads is attributed to it; 0 between requests.</summary>
    public long CurrentRequest { get; set; }

    public void Send(string ev, long id, JsonObject? body = null)
    {
        var message = new JsonObject { ["ev"] = ev, ["id"] = id };
        if (body is not null)
        {
            foreach (var (key, value) in body.ToList())
            {
                body.Remove(key);
                message[key] = value;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString(WireOptions) + "\n");
        lock (_gate)
        {
            if (_broken)
            {
                return;
            }

            try
            {
                stdout.Write(bytes);
                stdout.Flush();
            }
            catch (IOException)
            {
                _broken = true;
            }
        }
    }

    public void Stream(long id, string name, string text) =>
        Send(WorkerProtocol.Stream, id, new JsonObject { ["name"] = name, ["text"] = text });
}
