namespace Notebooks.Documents;

/// <summary>The notebook file (or its directory) does not exist.</summary>
public sealed class NotebookNotFoundException : NotebookException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The path that was asked for.</param>
    /// <param name="innerException">The FileNotFoundException or DirectoryNotFoundException behind it.</param>
    public NotebookNotFoundException(string path, Exception? innerException = null)
        : base($"{path}: notebook not found", path, innerException)
    {
    }
}
