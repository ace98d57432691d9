using Notebooks.Documents;

namespace Notebooks.Execution;

/// <summary>
/// Compiles every code cell in order without running any (for <c>kit check</c>): each cell is compiled as a
/// continuation of the previous ones, as a run would, so a cell using an earlier cell's variable checks clean.
/// </summary>
/// <remarks>
/// A cell that fails to compile is left out of the chain, as it would be left out of a run's state. Packages are
/// restored (when <see cref="RunOptions.PackageResolver"/> is set) so that their types resolve. Cells tagged
/// <c>skip-execution</c> are still checked: the tag says "do not run", not "does not compile".
/// </remarks>
public static class NotebookChecker
{
    /// <summary>Checks every code cell of <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The notebook; not modified.</param>
    /// <param name="options">Working directory, environment and package resolver are used; limits are not.</param>
    /// <param name="ct">Cancels the check (kills the worker).</param>
    /// <returns>Errors and warnings with 0-based cell index, 1-based line, id and message.</returns>
    public static async Task<IReadOnlyList<CellDiagnostic>> CheckAsync(Notebook notebook, RunOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new RunOptions();
        var directory = options.WorkingDirectory
            ?? (notebook.Path is { } path ? Path.GetDirectoryName(Path.GetFullPath(path))! : Directory.GetCurrentDirectory());
        await using var executor = await CellExecutor.StartAsync(
            new CellExecutorOptions
            {
                WorkingDirectory = directory,
                Environment = options.Environment,
                PackageResolver = options.PackageResolver,
                WorkerPath = options.WorkerPath,
            },
            ct).ConfigureAwait(false);
        var diagnostics = new List<CellDiagnostic>();
        foreach (var cell in notebook.Cells.Code.Where(c => !string.IsNullOrWhiteSpace(c.Source)))
        {
            var kernel = cell.Kernel.Origin == CellKernelOrigin.MagicCommand ? null : cell.Kernel.Name;
            diagnostics.AddRange(await executor.CheckAsync(new CellRequest(cell.Source, cell.Index + 1, kernel), ct).ConfigureAwait(false));
        }

        return diagnostics;
    }
}
