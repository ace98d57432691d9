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
    private CancellationTokenSource _interrupt = new();

    public static WorkerContext Current =>
        _current ?? throw new InvalidOperationException("display() works only inside the notebook worker.");

    public EventWriter Events { get; } = events;

    public OutputCapture Capture { get; } = capture;

    /// <summary>The running cell's interrupt token: cancelled by an <c>interrupt</c> request, fresh for every cell.</summary>
    public CancellationToken InterruptToken => Volatile.Read(ref _interrupt).Token;

    public static void Install(WorkerContext context)
    {
        _current = context;
        // Libraries (DeepMath's training loop) find the token by name, without a reference to the worker.
        AppContext.SetData(WorkerProtocol.InterruptTokenKey, (Func<CancellationToken>)(() => context.InterruptToken));
    }

    /// <summary>Gives the next cell a token that is not cancelled (an interrupt applies to the cell it hit only).</summary>
    public void ResetInterrupt()
    {
        if (Volatile.Read(ref _interrupt).IsCancellationRequested)
        {
            Volatile.Write(ref _interrupt, new CancellationTokenSource());
        }
    }

    /// <summary>Cancels the running cell's token; called from the protocol reader thread.</summary>
    public void Interrupt() => Volatile.Read(ref _interrupt).Cancel();

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
