using System.Text.Json.Nodes;

namespace Notebooks.Execution;

/// <summary>
/// One thing a running cell produced, in the order produced; the same events a Jupyter kernel forwards as
/// iopub messages and the runner turns into nbformat outputs.
/// </summary>
/// <remarks>The family is closed: the records below are all the kinds there are.</remarks>
public abstract record CellOutput
{
    private protected CellOutput()
    {
    }
}

/// <summary>Text written to Console.Out (<c>stdout</c>) or Console.Error (<c>stderr</c>).</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">A chunk of text; consecutive chunks of one stream belong together.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary><c>display(x)</c> / <c>x.Display()</c>, or with <paramref name="IsUpdate"/> a <c>DisplayedValue.Update</c>.</summary>
/// <param name="DisplayId">The display's id (Jupyter's <c>transient.display_id</c>), deterministic within a run.</param>
/// <param name="Data">Mime bundle, e.g. <c>text/html</c> and <c>text/plain</c>; JSON mime types hold JSON.</param>
/// <param name="IsUpdate">True for an update of an earlier display with the same id (update_display_data).</param>
public sealed record DisplayOutput(string DisplayId, JsonObject Data, bool IsUpdate) : CellOutput;

/// <summary>The value of the cell's trailing expression (execute_result).</summary>
/// <param name="Data">Mime bundle; always has <c>text/plain</c>.</param>
public sealed record ResultOutput(JsonObject Data) : CellOutput;

/// <summary>A compile error, an exception, a time-out or a crash, as an nbformat error output.</summary>
/// <param name="Name">ename: the exception's type name, <c>CompilationError</c>, <c>CellTimedOut</c>, <c>WorkerExited</c>, …</param>
/// <param name="Value">evalue: the message.</param>
/// <param name="Traceback">Lines naming cell and line, e.g. <c>cell 3, line 2: error CS0103: …</c>.</param>
/// <param name="Line">1-based line within the failing cell, when known.</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback, int? Line) : CellOutput;
