using System.CommandLine;
using Notebooks.Execution;
using Notebooks.Execution.Packages;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>`kit check [PATH ...]`: compiles every cell of each notebook in order without running it.</summary>
public static class CheckCommand
{
    private static readonly Argument<string[]> PathsArgument = NotebookInputs.PathsArgument();

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("check", "Compile every cell without running it and report diagnostics") { PathsArgument };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () =>
            ExecuteAsync(parsed.GetValue(PathsArgument) ?? [], console, Directory.GetCurrentDirectory(), ct)));
        return command;
    }

    /// <summary>
    /// Prints each diagnostic as <c>notebook, cell N, line L: CS0103 message</c> (N counts every cell from 1, as
    /// the editor shows them). Exit 0 with no errors, 1 with errors (warnings are shown, never fail), 2 for bad input.
    /// </summary>
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> paths, IAnsiConsole console, string workingDirectory, CancellationToken ct)
    {
        var notebooks = NotebookInputs.LoadAll(paths, workingDirectory);
        var options = new RunOptions { Environment = RunOptions.DeterministicTorchEnvironment, PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory) };
        var errors = 0;
        foreach (var notebook in notebooks)
        {
            var name = Path.GetRelativePath(workingDirectory, notebook.Path!);
            var diagnostics = await NotebookChecker.CheckAsync(notebook, options, ct);
            foreach (var d in diagnostics)
            {
                var line = d.Line is { } l ? $", line {l}" : "";
                console.WriteLine($"{name}, cell {d.CellIndex + 1}{line}: {d.Severity} {d.Id}: {d.Message}");
            }
            var count = diagnostics.Count(d => d.IsError);
            errors += count;
            console.WriteLine($"{name}: {(count == 0 ? "ok" : $"{count} error(s)")}");
        }
        return errors == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
