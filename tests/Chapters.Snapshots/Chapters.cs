using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using TestSupport;

namespace Chapters.Snapshots;

/// <summary>The chapters under <c>notebooks/</c> and how the snapshot tests run them.</summary>
internal static class Chapters
{
    private const string RaisesTag = "raises-exception";

    /// <summary>The folder holding the notebooks.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "notebooks");

    /// <summary>The folder whose <c>__snapshots__</c> holds one <c>&lt;chapter-stem&gt;.snap</c> per notebook.</summary>
    public static string SnapshotOwner { get; } = Path.Combine(RepositoryPaths.Root, "tests", "Chapters.Snapshots");

    /// <summary>Every chapter's file stem (<c>00-sample</c>, <c>01-approximation</c>, …), in reading order.</summary>
    public static IReadOnlyList<string> Stems { get; } = Directory.Exists(Folder)
        ? Directory.GetFiles(Folder, "*.ipynb").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
        : [];

    public static OutputNormalizer Normalizer { get; } = OutputNormalizer.ForRepository(RepositoryPaths.Root);

    /// <summary>
    /// Deterministic settings: libtorch's generic CPU kernels, MKL's reproducible mode, one thread
    /// (<see cref="RunOptions.DeterministicTorchEnvironment"/>); generous limits that only guard against hangs.
    /// </summary>
    public static RunOptions Options { get; } = new()
    {
        Environment = RunOptions.DeterministicTorchEnvironment,
        PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory),
        CellTimeout = TimeSpan.FromMinutes(5),
        RunTimeout = TimeSpan.FromMinutes(10),
    };

    /// <summary>Runs one chapter in its own worker process and fails on any error a cell did not expect.</summary>
    /// <param name="stem">The chapter's file stem, e.g. <c>00-sample</c>.</param>
    /// <returns>The snapshot text of the executed notebook.</returns>
    public static async Task<string> RunAsync(string stem)
    {
        var path = Path.Combine(Folder, stem + ".ipynb");
        var result = await NotebookRunner.RunWithReportAsync(Notebook.Load(path), Options);
        var problems = Problems(result, Path.GetRelativePath(RepositoryPaths.Root, path)).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return Normalizer.ToSnapshot(result.Notebook);
    }

    /// <summary>
    /// What went wrong, one line each: the runner's failures (which name notebook, cell, line and error), cells left
    /// not run for a reason other than <c>skip-execution</c>, and cells tagged <c>raises-exception</c> that did not raise.
    /// </summary>
    private static IEnumerable<string> Problems(NotebookRunResult result, string name)
    {
        foreach (var failure in result.Failures)
        {
            yield return $"{name}: {failure.Message.Replace(failure.NotebookPath + ": ", string.Empty, StringComparison.Ordinal)}";
        }

        foreach (var cell in result.Notebook.Cells.Code)
        {
            var errors = cell.Outputs.Count(o => o?["output_type"]?.GetValue<string>() == "error");
            if (result.NotRun.Contains(cell.Index) && !cell.HasTag("skip-execution"))
            {
                yield return $"{name}: cell {cell.Index + 1}: not run after an earlier failure";
            }
            else if (cell.HasTag(RaisesTag) && cell.ExecutionCount is not null && errors == 0)
            {
                yield return $"{name}: cell {cell.Index + 1}: tagged {RaisesTag} but raised nothing";
            }
        }
    }
}
