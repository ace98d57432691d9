namespace Notebooks.Documents;

/// <summary>Saving notebooks so that a failed or interrupted run never leaves a half-written file.</summary>
public static class NotebookFile
{
    /// <summary>Reads a notebook file; the same as <see cref="Notebook.Load"/>.</summary>
    /// <param name="path">The <c>.ipynb</c> path.</param>
    public static Notebook Load(string path) => Notebook.Load(path);

    /// <summary>
    /// Serializes <paramref name="notebook"/> first, then writes it to a temporary file in the same directory,
    /// flushes it to disk and renames it over <paramref name="path"/>, keeping the original's file mode.
    /// </summary>
    /// <param name="path">The file to replace or create. A symbolic link is followed and its target replaced.</param>
    /// <param name="notebook">The notebook to save.</param>
    /// <exception cref="NotebookException">The file cannot be written; the original is left as it was.</exception>
    public static void WriteAtomically(string path, Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var bytes = notebook.ToUtf8Bytes();
        WriteAtomically(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Writes whatever <paramref name="write"/> puts into the stream to a temporary file beside
    /// <paramref name="path"/>, flushes it and renames it over <paramref name="path"/>. If <paramref name="write"/>
    /// throws, the temporary file is deleted, the original is untouched and the exception propagates.
    /// </summary>
    /// <param name="path">The file to replace or create. A symbolic link is followed and its target replaced.</param>
    /// <param name="write">Writes the complete new content.</param>
    /// <exception cref="NotebookException">An I/O error; the original is left as it was.</exception>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = ResolveLinks(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!;
        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(target)}.{NotebookCell.NewId()}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex)
        {
            TryDelete(temp);
            if (ex is IOException or UnauthorizedAccessException)
            {
                throw new NotebookException($"{path}: cannot write the notebook: {ex.Message}", path, ex);
            }

            throw;
        }
    }

    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final
            ? final.FullName
            : path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .tmp file is harmless, the original is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
