using System.CommandLine;
using Notebooks.Cli.Progress;
using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>What `kit run` was asked to do.</summary>
/// <param name="Paths">Notebooks or folders; empty for <c>notebooks/</c>.</param>
/// <param name="OutputDirectory">Where executed notebooks go; null to write them in place.</param>
/// <param name="CellTimeout">Limit per cell.</param>
/// <param name="Parallel">How many notebooks run at once (each in its own worker process).</param>
public sealed record RunCommandOptions(IReadOnlyList<string> Paths, string? OutputDirectory, TimeSpan CellTimeout, int Parallel);

/// <summary>`kit run [PATH ...] [--output-dir DIR] [--timeout SECONDS] [--parallel N]`: executes notebooks.</summary>
public static class RunCommand
{
    private static readonly Argument<string[]> PathsArgument = NotebookInputs.PathsArgument();

    private static readonly Option<string?> OutputDirOption = new("--output-dir")
    {
        Description = "Write executed notebooks into DIR instead of in place",
        HelpName = "DIR",
    };

    private static readonly Option<int> TimeoutOption = CommandOptions.Timeout("Stop a cell that runs longer than SECONDS (default 600)", 600);

    private static readonly Option<int> ParallelOption = CommandOptions.Parallel("Run N notebooks at once, each in its own process (default 1)");

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("run", "Execute notebooks and save their outputs") { PathsArgument, OutputDirOption, TimeoutOption, ParallelOption };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () => ExecuteAsync(
            new RunCommandOptions(
                parsed.GetValue(PathsArgument) ?? [],
                parsed.GetValue(OutputDirOption),
                TimeSpan.FromSeconds(parsed.GetValue(TimeoutOption)),
                parsed.GetValue(ParallelOption)),
            console, Directory.GetCurrentDirectory(), ct)));
        return command;
    }

    /// <summary>
    /// Loads every notebook first (bad input: exit 2, nothing written), runs them, writes each atomically,
    /// prints a summary. Exit 0 when every cell succeeded, 1 when one failed (its error is in the written notebook).
    /// </summary>
    public static async Task<int> ExecuteAsync(RunCommandOptions options, IAnsiConsole console, string workingDirectory, CancellationToken ct)
    {
        var notebooks = NotebookInputs.LoadAll(options.Paths, workingDirectory);
        var outputDirectory = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory, workingDirectory);
        if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);
        var resolver = new PackageResolver(PackageResolver.DefaultCacheDirectory);
        var reporter = RunReporter.For(console, workingDirectory);
        var results = new NotebookSummary[notebooks.Count];

        await reporter.RunAsync(notebooks, async (index, progress) =>
        {
            var notebook = notebooks[index];
            var runOptions = new RunOptions { Environment = RunOptions.DeterministicTorchEnvironment, CellTimeout = options.CellTimeout, PackageResolver = resolver };
            var started = DateTime.UtcNow;
            var result = await NotebookRunner.RunWithReportAsync(notebook, runOptions, progress, ct);
            var target = outputDirectory is null ? notebook.Path! : Path.Combine(outputDirectory, Path.GetFileName(notebook.Path!));
            NotebookFile.WriteAtomically(target, result.Notebook);
            results[index] = new NotebookSummary(
                Path.GetRelativePath(workingDirectory, notebook.Path!),
                notebook.Cells.Code.Count(),
                result.Failures.Count,
                result.NotRun.Count,
                DateTime.UtcNow - started);
            return results[index];
        }, options.Parallel, ct);

        SummaryTable.Write(console, results);
        return results.All(r => r.Errors == 0) ? ExitCodes.Success : ExitCodes.Failed;
    }
}
