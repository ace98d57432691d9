namespace Notebooks.Documents;

/// <summary>
/// The file is not a notebook this kit can read: malformed JSON, not UTF-8, an nbformat other than 4, a missing
/// required key or an unknown <c>cell_type</c>.
/// </summary>
/// <remarks>
/// The message has the shape <c>path:line:column: cell N: reason</c> (parts left out when unknown), which terminals
/// and VS Code turn into a link. <see cref="CellIndex"/> is 0-based like <c>cells[i]</c>; the message counts cells
/// from 1 as a reader does.
/// </remarks>
public sealed class NotebookInvalidException : NotebookException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without the location, e.g. <c>unknown cell_type 'heading'</c>.</param>
    /// <param name="path">The notebook's path, or null.</param>
    /// <param name="cellIndex">0-based index of the offending cell, or null when it is not about one cell.</param>
    /// <param name="line">1-based line in the file, or null when unknown.</param>
    /// <param name="column">1-based column (in characters) on that line, or null when unknown.</param>
    /// <param name="innerException">The parser exception behind this one, if any.</param>
    public NotebookInvalidException(
        string reason, string? path, int? cellIndex = null, int? line = null, int? column = null,
        Exception? innerException = null)
        : base(Compose(reason, path, cellIndex, line, column), path, innerException)
    {
        Reason = reason;
        CellIndex = cellIndex;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without path or location.</summary>
    public string Reason { get; }

    /// <summary>0-based index of the offending cell in <c>cells</c>, or null.</summary>
    public int? CellIndex { get; }

    /// <summary>1-based line in the file, or null when unknown.</summary>
    public int? Line { get; }

    /// <summary>1-based column in characters, or null when unknown.</summary>
    public int? Column { get; }

    private static string Compose(string reason, string? path, int? cellIndex, int? line, int? column)
    {
        var where = DisplayPath(path);
        if (line is { } l)
        {
            where += column is { } c ? $":{l}:{c}" : $":{l}";
        }

        var cell = cellIndex is { } i ? $"cell {i + 1}: " : "";
        return $"{where}: {cell}{reason}";
    }
}
