namespace Notebooks.Documents;

/// <summary>How a notebook's JSON is laid out on disk. Detected when a file is read and reused when it is written.</summary>
/// <remarks>
/// Jupyter (<c>nbformat.write</c>: Python <c>json.dumps(indent=1, sort_keys=True, ensure_ascii=False)</c> plus a final
/// <c>"\n"</c>) and VS Code (<c>JSON.stringify</c> of recursively sorted keys, detected indent, final <c>"\n"</c>) give
/// the same bytes for the same content, apart from how a few small floats are spelt. The .NET Interactive Documents
/// writer keeps insertion order, escapes with <c>UnsafeRelaxedJsonEscaping</c> and writes no final newline.
/// </remarks>
public sealed record NotebookJsonStyle
{
    /// <summary>The unit of indentation, e.g. one space; null writes everything on one line.</summary>
    public string? Indent { get; init; } = " ";

    /// <summary>The line break between items: <c>"\n"</c>, or <c>"\r\n"</c> for a Windows checkout.</summary>
    public string NewLine { get; init; } = "\n";

    /// <summary>Whether the file ends with <see cref="NewLine"/> (true for Jupyter and VS Code).</summary>
    public bool FinalNewLine { get; init; } = true;

    /// <summary>Whether object keys are written in ordinal order (true for Jupyter and VS Code); false keeps insertion order.</summary>
    public bool SortKeys { get; init; } = true;

    /// <summary>Between a key and its value: <c>": "</c> (Jupyter, VS Code, .NET) or <c>":"</c> in compact files.</summary>
    public string KeySeparator { get; init; } = ": ";

    /// <summary>Between items when <see cref="Indent"/> is null: <c>","</c> (JavaScript) or <c>", "</c> (Python).</summary>
    public string CompactItemSeparator { get; init; } = ",";

    /// <summary>How new strings are escaped. Strings read from the file keep their original escapes.</summary>
    public JsonStringEscaping Escaping { get; init; } = JsonStringEscaping.Minimal;

    /// <summary>How new non-integral numbers are spelt. Numbers read from the file keep their original text.</summary>
    public JsonNumberFormat Numbers { get; init; } = JsonNumberFormat.Python;

    /// <summary>Whether the file starts with a UTF-8 byte order mark (never written by the tools, but kept if present).</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>What <c>nbformat.write</c> produces.</summary>
    public static NotebookJsonStyle Jupyter { get; } = new();

    /// <summary>What VS Code's ipynb serializer produces for a file with the default one-space indent.</summary>
    public static NotebookJsonStyle VSCode { get; } = new() { Numbers = JsonNumberFormat.JavaScript };

    /// <summary>What the .NET Interactive Documents writer (dotnet-repl, <c>#!import</c>) produces.</summary>
    public static NotebookJsonStyle DotNetInteractive { get; } = new()
    {
        FinalNewLine = false,
        SortKeys = false,
        Escaping = JsonStringEscaping.DotNetRelaxed,
        Numbers = JsonNumberFormat.DotNet,
    };
}

/// <summary>How a writer escapes strings.</summary>
public enum JsonStringEscaping
{
    /// <summary>Only what JSON requires: quote, backslash, control characters (<c>\n</c>, <c>\u001b</c>). Python with <c>ensure_ascii=False</c> and JavaScript.</summary>
    Minimal,

    /// <summary>Also every character outside printable ASCII, as lower-case <c>\uXXXX</c>. Python's default <c>ensure_ascii=True</c>.</summary>
    Ascii,

    /// <summary>System.Text.Json's <c>UnsafeRelaxedJsonEscaping</c>: upper-case hex, characters outside the BMP as surrogate pairs.</summary>
    DotNetRelaxed,
}

/// <summary>How a writer spells a non-integral number (integral values are always written as integers).</summary>
public enum JsonNumberFormat
{
    /// <summary>Python <c>repr(float)</c>: <c>1e-05</c>, <c>0.0001</c>.</summary>
    Python,

    /// <summary>JavaScript <c>Number.prototype.toString</c>: <c>0.00001</c>, <c>1e-7</c>.</summary>
    JavaScript,

    /// <summary>.NET round-trip format: <c>1E-05</c>.</summary>
    DotNet,
}
