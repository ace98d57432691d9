using System.CommandLine;
using Notebooks.Documents;

namespace Notebooks.Cli;

/// <summary>Finds and loads the notebooks a command was given, before any work starts.</summary>
public static class NotebookInputs
{
    /// <summary>The PATH argument that `kit run` and `kit check` share: zero or more notebooks or folders.</summary>
    public static Argument<string[]> PathsArgument() => new("PATH")
    {
        Description = $"Notebooks or folders of notebooks (default: {NotebookDiscovery.DefaultFolder}/, chapters in order)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// Loads every notebook named by <paramref name="paths"/>; any missing or invalid one stops the command with
    /// exit status 2 and a message naming the file (and cell and line where the problem is inside).
    /// </summary>
    public static IReadOnlyList<Notebook> LoadAll(IReadOnlyList<string> paths, string workingDirectory)
    {
        var files = NotebookDiscovery.Find(paths, workingDirectory);
        var loaded = new List<Notebook>(files.Count);
        foreach (var file in files)
        {
            try
            {
                loaded.Add(Notebook.Load(file));
            }
            catch (NotebookException e)
            {
                throw new UsageException(e.Message);
            }
        }
        return loaded;
    }
}
