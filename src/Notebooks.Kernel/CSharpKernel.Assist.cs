using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Protocol;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel;

// is_complete, complete, inspect and history: the editor's helpers.
public sealed partial class CSharpKernel
{
    private const int HistorySession = 1; // one session per kernel process; history is not kept across processes
    private readonly List<HistoryEntry> _history = [];

    private Task IsCompleteAsync(JupyterMessage request)
    {
        var (status, indent) = CompletenessChecker.Check(request.Text("code"));
        Reply(KernelChannel.Shell, request, new IsCompleteReply(status, indent));
        return Task.CompletedTask;
    }

    private async Task CompleteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = CodePoints.ToUtf16(code, request.Number("cursor_pos", int.MaxValue));
        var result = new Notebooks.Execution.CompletionResult(cursor, cursor, []);
        try
        {
            result = await (await _executor.ConfigureAwait(false)).CompleteAsync(code, cursor).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            _log.Warn($"completion failed: {e.Message}");
        }

        Reply(KernelChannel.Shell, request, new CompleteReply(
            "ok", result.Matches, CodePoints.FromUtf16(code, result.Start), CodePoints.FromUtf16(code, result.End), []));
    }

    private async Task InspectAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = CodePoints.ToUtf16(code, request.Number("cursor_pos", int.MaxValue));
        string? text = null;
        try
        {
            text = await (await _executor.ConfigureAwait(false)).InspectAsync(code, cursor).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            _log.Warn($"inspection failed: {e.Message}");
        }

        Reply(KernelChannel.Shell, request, new InspectReply("ok", text is not null, text is null ? [] : Plain(text), []));
    }

    private Task HistoryAsync(JupyterMessage request)
    {
        var output = request.Flag("output", false);
        var n = request.Number("n", 0);
        IEnumerable<HistoryEntry> entries = request.Text("hist_access_type") switch
        {
            "tail" => n > 0 ? _history.TakeLast(n) : _history,
            "range" => _history.Where(h => h.Line >= request.Number("start", 0) && (request.Number("stop", 0) is var stop && (stop <= 0 || h.Line < stop))),
            "search" => Search(request.Text("pattern", "*"), request.Flag("unique", false), n),
            _ => [],
        };
        var history = new JsonArray([.. entries.Select(h => (JsonNode)new JsonArray(
            HistorySession, h.Line, output ? new JsonArray(h.Input, h.Output) : JsonValue.Create(h.Input)))]);
        Reply(KernelChannel.Shell, request, new HistoryReply("ok", history));
        return Task.CompletedTask;
    }

    // IPython's search: a glob over the inputs, latest n, optionally without repeated inputs.
    private IEnumerable<HistoryEntry> Search(string pattern, bool unique, int n)
    {
        var regex = new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline);
        var matches = _history.Where(h => regex.IsMatch(h.Input)).ToList();
        if (unique)
        {
            matches = [.. matches.GroupBy(h => h.Input).Select(g => g.Last()).OrderBy(h => h.Line)];
        }

        return n > 0 ? matches.TakeLast(n) : matches;
    }
}
