using Notebooks.Documents;

namespace Notebooks.Execution.Tests.Support;

/// <summary>Runs notebooks the way the CLI does, with limits that only guard against hangs.</summary>
internal static class Runs
{
    public static readonly RunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2), RunTimeout = TimeSpan.FromMinutes(4) };

    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, RunOptions? options = null) =>
        await NotebookRunner.RunWithReportAsync(notebook, options ?? Options);

    /// <summary>Runs the cells in a fresh folder and returns the executed notebook and failures.</summary>
    public static async Task<NotebookRunResult> RunCellsAsync(params string[] cells)
    {
        using var folder = new TempFolder();
        return await RunAsync(NotebookFactory.Create(folder.Path, cells));
    }
}
