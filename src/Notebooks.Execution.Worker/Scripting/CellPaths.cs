using System.Collections.Concurrent;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>
/// The file path each cell is compiled under (e.g. <c>/notebooks/cell-3.csx</c>) and its label (<c>cell 3</c>).
/// </summary>
/// <remarks>
/// Giving each cell its own path makes Roslyn's diagnostics and the PDB's sequence points carry the cell, so
/// errors and stack frames can be mapped back to "cell 3, line 2" without parsing messages. The path sits in the
/// notebook's folder so that relative <c>#r</c>/<c>#load</c> resolve there; nothing is ever written to it.
/// </remarks>
internal sealed class CellPaths(string directory)
{
    private readonly ConcurrentDictionary<string, string> _labels = new(StringComparer.Ordinal);

    public string Register(string cellName, string label)
    {
        var path = Path.Combine(directory, cellName + ".csx");
        _labels[path] = label;
        return path;
    }

    public string? Label(string? path) => path is not null && _labels.TryGetValue(path, out var label) ? label : null;
}
