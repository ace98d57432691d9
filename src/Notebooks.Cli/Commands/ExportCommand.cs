using System.CommandLine;
using Notebooks.Book.Export;
using Notebooks.Documents;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>What `kit export` was asked to do.</summary>
/// <param name="Notebook">The notebook to export.</param>
/// <param name="To">The target format; only <c>app</c> (a .NET file-based app) exists.</param>
/// <param name="Output">The file to write; null for <c>NAME.cs</c> in the working directory.</param>
public sealed record ExportCommandOptions(string Notebook, string To, string? Output);

/// <summary>`kit export NOTEBOOK --to app [--output FILE]`: the notebook as a .NET 10 file-based app.</summary>
public static class ExportCommand
{
    private static readonly Argument<string> NotebookArgument = new("NOTEBOOK") { Description = "The notebook to export (.ipynb)" };

    private static readonly Option<string> ToOption = new("--to")
    {
        Description = "What to export to: app (a .NET file-based app, run with `dotnet run FILE`)",
        HelpName = "FORMAT",
        Required = true,
    };

    private static readonly Option<string?> OutputOption = new("--output")
    {
        Description = "Write to FILE (default: the notebook's name with .cs, in the current folder)",
        HelpName = "FILE",
    };

    static ExportCommand()
    {
        ToOption.AcceptOnlyFromAmong("app");
    }

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("export", "Export a notebook as a .NET file-based app") { NotebookArgument, ToOption, OutputOption };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () => Task.FromResult(Execute(
            new ExportCommandOptions(parsed.GetValue(NotebookArgument)!, parsed.GetValue(ToOption)!, parsed.GetValue(OutputOption)),
            console, Directory.GetCurrentDirectory()))));
        return command;
    }

    /// <summary>
    /// Writes the app. Exit 0 when written; 2 for bad input (a missing or invalid notebook, or an existing file that
    /// `kit export` did not write: it is never overwritten). Nothing runs: `dotnet run FILE` does that.
    /// </summary>
    public static int Execute(ExportCommandOptions options, IAnsiConsole console, string workingDirectory)
    {
        var notebook = NotebookInputs.LoadAll([options.Notebook], workingDirectory) is [var single] ? single
            : throw new UsageException($"{options.Notebook}: give one notebook, not a folder");
        var output = Path.GetFullPath(options.Output ?? Path.GetFileNameWithoutExtension(notebook.Path!) + ".cs", workingDirectory);
        if (File.Exists(output) && !File.ReadLines(output).Take(5).Any(l => l.Contains(AppExporter.Signature, StringComparison.Ordinal)))
        {
            throw new UsageException($"{Path.GetRelativePath(workingDirectory, output)} exists and was not written by kit export; not overwriting it");
        }

        var library = AppExporter.FindLibraryProject(Path.GetDirectoryName(notebook.Path!)!) ?? AppExporter.FindLibraryProject(AppContext.BaseDirectory);
        var app = AppExporter.Export(notebook, output, new AppExportOptions(library, AppExporter.WorkerFormattingVersion()));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        NotebookFile.WriteAtomically(output, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(app);
        });
        var relative = Path.GetRelativePath(workingDirectory, output) is var r && r.StartsWith("..", StringComparison.Ordinal) ? output : r;
        console.WriteLine($"{relative}: {notebook.Cells.Code.Count()} code cells as a file-based app; run it with: dotnet run {relative}");
        return ExitCodes.Success;
    }
}
