using System.Text.Json.Nodes;
using Notebooks.Execution.Protocol;

namespace Notebooks.Execution;

// What a Jupyter kernel needs besides running cells: interrupting one, completion and quick info.
public sealed partial class CellExecutor
{
    /// <summary>
    /// Asks the running cell to stop: cancels the token library loops observe (<c>DeepMath.Training.Interruption</c>).
    /// Unlike cancelling <see cref="ExecuteAsync"/>, the worker and its state survive. Safe to call while a cell runs
    /// (the one call that may overlap others); a no-op when nothing runs.
    /// </summary>
    /// <returns>False when the worker is gone.</returns>
    public async Task<bool> InterruptAsync()
    {
        if (!IsAlive)
        {
            return false;
        }

        try
        {
            await _worker.SendAsync(new JsonObject { ["op"] = WorkerProtocol.Interrupt }, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Completions for <paramref name="code"/> typed after the cells run so far, from Roslyn's completion service.</summary>
    /// <param name="code">The cell being edited.</param>
    /// <param name="position">Cursor offset in UTF-16 code units.</param>
    /// <param name="ct">Cancels the request by killing the worker.</param>
    /// <returns>The span the matches replace (UTF-16 offsets) and the matches, filtered by the typed prefix.</returns>
    public async Task<CompletionResult> CompleteAsync(string code, int position, CancellationToken ct = default)
    {
        ThrowIfDead();
        var result = new CompletionResult(position, position, []);
        await ExchangeAsync(Assist(WorkerProtocol.Complete, code, position), null, e =>
        {
            if (e["ev"]?.GetValue<string>() == WorkerProtocol.Completions)
            {
                result = new CompletionResult(
                    e["start"]?.GetValue<int>() ?? position, e["end"]?.GetValue<int>() ?? position, WorkerProtocol.ReadStrings(e["matches"]));
            }
        }, new CellRequest(code, 0), ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>Signature and documentation of the symbol at <paramref name="position"/>, from Roslyn's quick info; null when none.</summary>
    /// <param name="code">The cell being edited.</param>
    /// <param name="position">Cursor offset in UTF-16 code units (on or just after the name).</param>
    /// <param name="ct">Cancels the request by killing the worker.</param>
    public async Task<string?> InspectAsync(string code, int position, CancellationToken ct = default)
    {
        ThrowIfDead();
        string? text = null;
        await ExchangeAsync(Assist(WorkerProtocol.Inspect, code, position), null, e =>
        {
            if (e["ev"]?.GetValue<string>() == WorkerProtocol.Inspection && e["found"]?.GetValue<bool>() == true)
            {
                text = Text(e, "text");
            }
        }, new CellRequest(code, 0), ct).ConfigureAwait(false);
        return text;
    }

    private JsonObject Assist(string op, string code, int position) => new()
    {
        ["op"] = op,
        ["id"] = ++_requests,
        ["code"] = code,
        ["position"] = position,
    };
}
