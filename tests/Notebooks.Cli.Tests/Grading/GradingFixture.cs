using System.Text.Json.Nodes;
using Notebooks.Documents;
using Notebooks.Execution.Grading;
using TestSupport;

namespace Notebooks.Cli.Tests.Grading;

/// <summary>
/// The fixture notebook Fixtures/exercises.ipynb: three exercises (9.1 two points, 9.2 three, 9.3 one) that need no
/// training, with the chapters' first cell pointing at the repository's packed library; and submissions made from it.
/// </summary>
internal static class GradingFixture
{
    public static string NotebookPath { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Notebooks.Cli.Tests", "Fixtures", "exercises.ipynb");

    public const string CountParameters = "static long CountParameters(int[] widths)\n{\n    long p = 0;\n    for (var l = 1; l < widths.Length; l++) p += (widths[l - 1] + 1L) * widths[l];\n    return p;\n}";

    public const string Relu = "static double Relu(double x)\n{\n    return Math.Max(x, 0);\n}";

    public const string Depth = "static int Depth(int[] widths)\n{\n    return widths.Length - 1;\n}";

    public static Notebook Instructor() => Notebook.Load(NotebookPath);

    /// <summary>The untouched student release with the given exercise cells replaced (id → source).</summary>
    public static Notebook Submission(IReadOnlyDictionary<string, string> answers)
    {
        var release = StudentRelease.Create(Instructor());
        foreach (var cell in release.Cells.Where(c => c.HasTag(ExerciseNotebook.ExerciseTag)))
        {
            if (answers.TryGetValue(ExerciseNotebook.IdOf(cell)!, out var source)) cell.Source = source;
        }

        return release;
    }

    /// <summary>Writes a notebook to <paramref name="folder"/>/<paramref name="name"/>.ipynb.</summary>
    public static string Write(string folder, string name, Notebook notebook)
    {
        var path = System.IO.Path.Combine(folder, name + ".ipynb");
        NotebookFile.WriteAtomically(path, notebook);
        return path;
    }

    /// <summary>The instructor's notebook copied into <paramref name="folder"/>, its package source made absolute, edited by <paramref name="edit"/>.</summary>
    public static string CopyInstructor(string folder, string name, Action<Notebook> edit)
    {
        var notebook = Notebook.Parse(Instructor().ToJson());
        var first = notebook.Cells.Code.First();
        first.Source = first.Source.Replace("../../../artifacts/packages", System.IO.Path.Combine(RepositoryPaths.Root, "artifacts", "packages"), StringComparison.Ordinal);
        edit(notebook);
        return Write(folder, name, notebook);
    }

    public static CodeCell Cell(Notebook notebook, string tag, string id) =>
        notebook.Cells.Code.Single(c => c.HasTag(tag) && ExerciseNotebook.IdOf(c) == id);

    public static JsonNode? Without(JsonObject cell, params string[] keys)
    {
        var copy = (JsonObject)cell.DeepClone();
        foreach (var key in keys) copy.Remove(key);
        return copy;
    }
}
