// This file is compiled into both the worker and Notebooks.Execution (linked), so the two sides of the pipe
// cannot disagree on a name. Keep it free of dependencies beyond System.Text.Json.
using System.Text.Json.Nodes;

namespace Notebooks.Execution.Protocol;

/// <summary>
/// The line-delimited JSON protocol between the runner (Notebooks.Execution) and the worker process.
/// </summary>
/// <remarks>
/// One JSON object per line, UTF-8, on the worker's stdin (requests) and stdout (events). The user's
/// Console.Out/Error never reach stdout: the worker redirects them and sends their text as <c>stream</c> events.
/// Requests carry an <c>id</c>; every event about a request repeats it and the last one is <c>done</c>.
/// <code>
/// runner → worker  {"op":"run","id":7,"cell":"cell-3","label":"cell 3","code":"…"}
///                  {"op":"check","id":8,"cell":"cell-3","label":"cell 3","code":"…"}   compile only
///                  {"op":"reference","id":9,"compile":[paths],"runtime":[paths],"native":[dirs]}
///                  {"op":"complete","id":10,"code":"Console.Wri","position":11}         completions (UTF-16 offsets)
///                  {"op":"inspect","id":11,"code":"Console.WriteLine","position":17}    symbol help at a position
///                  {"op":"interrupt"}                  no id, no reply: cancels the running cell's token
/// worker → runner  {"ev":"ready","pid":123}                          once, at start
///                  {"ev":"stream","id":7,"name":"stdout","text":"…"}
///                  {"ev":"display","id":7,"display_id":"d-1","data":{mime:…},"update":false}
///                  {"ev":"result","id":7,"data":{mime:…}}
///                  {"ev":"error","id":7,"ename":"…","evalue":"…","traceback":[…],"line":2}
///                  {"ev":"diagnostic","id":8,"line":2,"code":"CS0103","severity":"error","message":"…"}
///                  {"ev":"completions","id":10,"start":8,"end":11,"matches":["Write","WriteLine"]}
///                  {"ev":"inspection","id":11,"found":true,"text":"void Console.WriteLine()…"}
///                  {"ev":"done","id":7,"ok":true}
///                  {"ev":"exit","id":7,"code":3}          the process is exiting (Environment.Exit) during a request
///                  {"ev":"crash","id":7,"text":"…"}       an unhandled exception is about to end the process
/// </code>
/// <c>interrupt</c> is handled as soon as it is read, even while a cell runs: it cancels the token that library loops
/// observe (<c>DeepMath.Training.Interruption</c>). .NET cannot abort code that ignores the token (a tight loop), so
/// the runner's last resort is still to kill the worker.
/// When stdin closes (the runner went away) the worker exits at once, even in the middle of a cell.
/// </remarks>
internal static class WorkerProtocol
{
    public const string Run = "run";
    public const string Check = "check";
    public const string Reference = "reference";
    public const string Complete = "complete";
    public const string Inspect = "inspect";
    public const string Interrupt = "interrupt";

    public const string Ready = "ready";
    public const string Stream = "stream";
    public const string Display = "display";
    public const string Result = "result";
    public const string Error = "error";
    public const string Diagnostic = "diagnostic";
    public const string Completions = "completions";
    public const string Inspection = "inspection";
    public const string Done = "done";
    public const string Exit = "exit";
    public const string Crash = "crash";

    /// <summary>The worker's command-line switch for the per-cell output cap in characters.</summary>
    public const string MaxOutputCharsSwitch = "--max-output-chars";

    /// <summary>
    /// The <see cref="AppContext"/> key under which the worker publishes a <c>Func&lt;CancellationToken&gt;</c> giving the
    /// running cell's interrupt token; libraries read it by name, so they need no reference to the worker.
    /// </summary>
    public const string InterruptTokenKey = "Notebooks.InterruptToken";

    /// <summary>The worker's command-line switch for the prefix of display ids (deterministic in runs, unique in kernels).</summary>
    public const string DisplayIdPrefixSwitch = "--display-id-prefix";

    public static JsonArray ToArray(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);

    public static string[] ReadStrings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n?.GetValue<string>() ?? string.Empty)] : [];
}
