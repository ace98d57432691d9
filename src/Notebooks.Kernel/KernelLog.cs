namespace Notebooks.Kernel;

/// <summary>The kernel's log: one line per event on stderr, which Jupyter front ends show in their kernel log.</summary>
/// <remarks>Never logs the key or message contents.</remarks>
public sealed class KernelLog(TextWriter writer)
{
    /// <summary>A log that writes to the process's stderr.</summary>
    public static KernelLog Stderr { get; } = new(Console.Error);

    /// <summary>Something the user may want to know.</summary>
    public void Info(string text) => Write("info", text);

    /// <summary>Something went wrong but the kernel carries on.</summary>
    public void Warn(string text) => Write("warning", text);

    private void Write(string level, string text)
    {
        lock (writer)
        {
            writer.WriteLine($"[kit kernel] {level}: {text}");
            writer.Flush();
        }
    }
}
