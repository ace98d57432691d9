using System.Globalization;
using Notebooks.Documents;
using Notebooks.Execution;
using Spectre.Console;

namespace Notebooks.Cli.Progress;

/// <summary>Progress as plain lines: `notebooks/01-x.ipynb: cell 3/12 ok (0.42 s)`.</summary>
public sealed class PlainRunReporter(IAnsiConsole console, string workingDirectory) : RunReporter
{
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public override Task RunAsync(
        IReadOnlyList<Notebook> notebooks, Func<int, IProgress<CellEvent>, Task<NotebookSummary>> runOne, int parallel, CancellationToken ct) =>
        ForEachAsync(notebooks.Count, parallel, ct, async index =>
        {
            var notebook = notebooks[index];
            var name = Path.GetRelativePath(workingDirectory, notebook.Path!);
            var codeCells = notebook.Cells.Code.Select(c => c.Index).ToList();
            Line($"{name}: running {codeCells.Count} code cells");
            var progress = new Callback<CellEvent>(e =>
            {
                var position = $"cell {codeCells.IndexOf(e.CellIndex) + 1}/{codeCells.Count}";
                switch (e)
                {
                    case CellCompleted done:
                        var verdict = done.Failure is null ? "ok" : $"FAILED: {done.Failure.Message}";
                        Line($"{name}: {position} {verdict} ({done.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s)");
                        break;
                    case CellNotRun skipped:
                        Line($"{name}: {position} not run: {skipped.Reason}");
                        break;
                }
            });
            var summary = await runOne(index, progress);
            Line($"{name}: done, {summary.Errors} failed, {summary.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        });

    private void Line(string text)
    {
        lock (_gate) console.WriteLine(text);
    }
}
