using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>A notebook's exercises break the format (markers, tags, metadata); the message names file, cell and line.</summary>
public sealed class ExerciseFormatException : NotebookException
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">The notebook's path, or null.</param>
    /// <param name="cellIndex">0-based index of the offending cell.</param>
    /// <param name="line">1-based line within the cell, when known.</param>
    /// <param name="detail">What is wrong, e.g. "// BEGIN SOLUTION without // END SOLUTION".</param>
    public ExerciseFormatException(string? path, int cellIndex, int? line, string detail)
        : base($"{path ?? "notebook"}: cell {cellIndex + 1}{(line is { } l ? $", line {l}" : "")}: {detail}", path)
    {
        CellIndex = cellIndex;
        Line = line;
    }

    /// <summary>0-based index of the offending cell.</summary>
    public int CellIndex { get; }

    /// <summary>1-based line within the cell, when known.</summary>
    public int? Line { get; }
}
