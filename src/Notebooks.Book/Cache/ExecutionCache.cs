using System.Text.Json;
using Notebooks.Documents;

namespace Notebooks.Book.Cache;

/// <summary>
/// Executed chapters kept between builds: <c>NAME.ipynb</c> (the executed notebook) and <c>NAME.run.json</c> (its
/// <see cref="RunRecord"/>) per chapter, in one folder (by default <c>artifacts/book-cache</c>).
/// </summary>
/// <param name="folder">The cache folder; created on first store.</param>
public sealed class ExecutionCache(string folder)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The stored execution of the chapter named <paramref name="name"/> when its key is <paramref name="key"/>; else null.</summary>
    /// <param name="name">The chapter's file name without extension, e.g. "00-foundations".</param>
    /// <param name="key">The chapter's current <see cref="CacheKey"/>.</param>
    public (Notebook Executed, RunRecord Record)? TryLoad(string name, string key)
    {
        var (notebookPath, recordPath) = Paths(name);
        if (!File.Exists(notebookPath) || !File.Exists(recordPath)) return null;
        try
        {
            var record = JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(recordPath), Json);
            if (record is null || record.Key != key || record.Failures != 0) return null;
            return (Notebook.Load(notebookPath), record);
        }
        catch (Exception e) when (e is JsonException or NotebookException or IOException or NotSupportedException)
        {
            return null; // a damaged entry is a miss
        }
    }

    /// <summary>Stores a successful execution (failed ones are not kept: a re-run may go differently).</summary>
    public void Store(string name, Notebook executed, RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Failures != 0) return;
        Directory.CreateDirectory(Folder);
        var (notebookPath, recordPath) = Paths(name);
        NotebookFile.WriteAtomically(notebookPath, executed);
        NotebookFile.WriteAtomically(recordPath, stream => JsonSerializer.Serialize(stream, record, Json));
    }

    /// <summary>
    /// The current notebook with the outputs and execution counts of <paramref name="executed"/>, code cell by code
    /// cell (the two have the same code cells: their keys agree). Markdown comes from the current notebook.
    /// </summary>
    public static Notebook WithOutputsOf(Notebook current, Notebook executed)
    {
        var merged = Notebook.Parse(current.ToJson(), current.Path);
        foreach (var (cell, run) in merged.Cells.Code.Zip(executed.Cells.Code))
        {
            cell.ExecutionCount = run.ExecutionCount;
            cell.SetOutputs(run.Outputs.Select(o => o!.DeepClone().AsObject()).ToList());
        }

        return merged;
    }

    private (string Notebook, string Record) Paths(string name) =>
        (Path.Combine(Folder, name + ".ipynb"), Path.Combine(Folder, name + ".run.json"));
}
