using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Protocol;

/// <summary>execute_reply: <c>ok</c> (payload, user_expressions), <c>error</c> (ename, evalue, traceback) or <c>aborted</c>.</summary>
/// <param name="Status">ok, error or aborted (a queued request skipped after an error with stop_on_error).</param>
/// <param name="ExecutionCount">The execution's count.</param>
public sealed record ExecuteReply(string Status, int ExecutionCount) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "execute_reply";

    /// <summary>Always empty (no pager, no set_next_input); present on ok replies.</summary>
    public IReadOnlyList<object>? Payload { get; init; }

    /// <summary>Always empty; present on ok replies.</summary>
    public JsonObject? UserExpressions { get; init; }

    /// <summary>Error name, on error replies.</summary>
    public string? Ename { get; init; }

    /// <summary>Error message, on error replies.</summary>
    public string? Evalue { get; init; }

    /// <summary>Error lines, on error replies.</summary>
    public IReadOnlyList<string>? Traceback { get; init; }

    /// <summary>A successful reply.</summary>
    public static ExecuteReply Ok(int count) => new("ok", count) { Payload = [], UserExpressions = [] };

    /// <summary>A failed reply repeating the error output.</summary>
    public static ExecuteReply Error(int count, ErrorContent error) =>
        new("error", count) { Ename = error.Ename, Evalue = error.Evalue, Traceback = error.Traceback };
}
