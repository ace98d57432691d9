namespace Notebooks.Cli;

/// <summary>Turns the PATH arguments of `kit run` and `kit check` into the notebooks to process.</summary>
public static class NotebookDiscovery
{
    /// <summary>The folder used when no PATH is given.</summary>
    public const string DefaultFolder = "notebooks";

    /// <summary>
    /// Each PATH is a notebook or a folder; a folder contributes its <c>.ipynb</c> files in name order
    /// (so chapters run in reading order), skipping <c>.ipynb_checkpoints</c>. Throws
    /// <see cref="UsageException"/> for a missing path, a file that is not a notebook, or a folder with none.
    /// </summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, string workingDirectory)
    {
        var given = paths.Count > 0 ? paths : [DefaultFolder];
        var found = new List<string>();
        foreach (var path in given)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var notebooks = Directory.EnumerateFiles(full, "*.ipynb", SearchOption.AllDirectories)
                    .Where(p => !p.Split(Path.DirectorySeparatorChar).Contains(".ipynb_checkpoints"))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (notebooks.Count == 0)
                    throw new UsageException($"{path}: the folder holds no .ipynb notebooks");
                found.AddRange(notebooks);
            }
            else if (File.Exists(full))
            {
                if (!full.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                    throw new UsageException($"{path}: not a notebook (expected a .ipynb file)");
                found.Add(full);
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }
        return found.Distinct().ToList();
    }
}
