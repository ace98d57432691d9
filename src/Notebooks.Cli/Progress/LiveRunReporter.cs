using Notebooks.Documents;
using Notebooks.Execution;
using Spectre.Console;

namespace Notebooks.Cli.Progress;

/// <summary>Progress in a terminal: one live bar per notebook, advancing cell by cell, naming the running cell.</summary>
public sealed class LiveRunReporter(IAnsiConsole console, string workingDirectory) : RunReporter
{
    /// <inheritdoc/>
    public override Task RunAsync(
        IReadOnlyList<Notebook> notebooks, Func<int, IProgress<CellEvent>, Task<NotebookSummary>> runOne, int parallel, CancellationToken ct) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = notebooks.Select(n => context.AddTask(
                    Markup.Escape(Path.GetRelativePath(workingDirectory, n.Path!)),
                    autoStart: false,
                    maxValue: Math.Max(1, n.Cells.Code.Count()))).ToList();
                await ForEachAsync(notebooks.Count, parallel, ct, async index =>
                {
                    var task = tasks[index];
                    var name = task.Description;
                    var codeCells = notebooks[index].Cells.Code.Select(c => c.Index).ToList();
                    task.StartTask();
                    var failures = 0;
                    var progress = new Callback<CellEvent>(e =>
                    {
                        var position = codeCells.IndexOf(e.CellIndex) + 1;
                        switch (e)
                        {
                            case CellStarted:
                                task.Description = $"{name} [grey]cell {position}/{codeCells.Count}[/]";
                                break;
                            case CellCompleted done:
                                if (done.Failure is not null) failures++;
                                task.Increment(1);
                                break;
                            case CellNotRun:
                                task.Increment(1);
                                break;
                        }
                    });
                    var summary = await runOne(index, progress);
                    task.Description = summary.Errors == 0 ? $"{name} [green]ok[/]" : $"{name} [red]{failures} failed[/]";
                    task.Value = task.MaxValue;
                    task.StopTask();
                });
            });
}
