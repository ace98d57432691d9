using Notebooks.Execution;

namespace Notebooks.Book.Cache;

/// <summary>Passes cell events on and keeps each completed cell's run time, by notebook cell index.</summary>
/// <param name="inner">Where events go on to (the command's progress display), or null.</param>
public sealed class CellTimer(IProgress<CellEvent>? inner) : IProgress<CellEvent>
{
    private readonly Dictionary<int, double> _seconds = [];

    /// <inheritdoc/>
    public void Report(CellEvent value)
    {
        if (value is CellCompleted completed)
        {
            lock (_seconds) _seconds[completed.CellIndex] = completed.Elapsed.TotalSeconds;
        }

        inner?.Report(value);
    }

    /// <summary>Seconds per code cell of <paramref name="notebook"/>, in code-cell order; null where a cell did not run.</summary>
    public IReadOnlyList<double?> SecondsPerCodeCell(Notebooks.Documents.Notebook notebook)
    {
        lock (_seconds)
        {
            return [.. notebook.Cells.Code.Select(c => _seconds.TryGetValue(c.Index, out var s) ? Math.Round(s, 3) : (double?)null)];
        }
    }
}
