namespace Notebooks.Documents;

/// <summary>A notebook could not be read or written. The base of the kit's notebook errors.</summary>
/// <remarks>
/// The executor and CLI catch this one type to report a bad notebook without a stack trace; <see cref="Path"/> says
/// which file. Derived types add where in the file (<see cref="NotebookInvalidException"/>).
/// </remarks>
public class NotebookException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The whole message, already prefixed with the path where that helps.</param>
    /// <param name="path">The notebook's path, or null when it was parsed from a string with no path.</param>
    /// <param name="innerException">The I/O or parser exception behind this one, if any.</param>
    public NotebookException(string message, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The notebook's path as given by the caller, or null when it was parsed from a string.</summary>
    public string? Path { get; }

    internal static string DisplayPath(string? path) => path ?? "<notebook>";
}
