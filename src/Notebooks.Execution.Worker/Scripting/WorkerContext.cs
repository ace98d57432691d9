using System.Text.Json.Nodes;
using Notebooks.Execution.Protocol;
using Notebooks.Execution.Worker.Display;
using Notebooks.Execution.Worker.Output;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>The one set of channels of this worker process, reachable from the display API scripts call.</summary>
internal sealed class WorkerContext(EventWriter events, OutputCapture capture, string displayIdPrefix)
{
    private static WorkerContext? _current;
    private int _displays;

    public static WorkerContext Current =>
        _current ?? throw new InvalidOperationException("display() works only inside the notebook worker.");

    public EventWriter Events { get; } = events;

    public OutputCapture Capture { get; } = capture;

    public static void Install(WorkerContext context) => _current = context;

    /// <summary>Formats and sends a display (or, with a <paramref name="displayId"/>, an update of one).</summary>
    public DisplayedValue Publish(object? value, string[] mimeTypes, string? displayId)
    {
        var mimes = mimeTypes is { Length: > 0 } ? mimeTypes : ValueFormatter.DefaultMimeTypes(value);
        var data = ValueFormatter.Format(value, mimes);
        // Counter-based ids keep runs deterministic; the prefix keeps them unique across kernel restarts.
        var id = displayId ?? $"{displayIdPrefix}-{Interlocked.Increment(ref _displays)}";
        Capture.Flush();
        Events.Send(WorkerProtocol.Display, Events.CurrentRequest, new JsonObject
        {
            ["display_id"] = id,
            ["data"] = data,
            ["update"] = displayId is not null,
        });
        return new DisplayedValue(id, mimes);
    }
}
