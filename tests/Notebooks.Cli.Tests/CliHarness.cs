using System.CommandLine;
using Notebooks.Cli;
using Notebooks.Cli.Commands;
using Notebooks.Documents;
using Spectre.Console;

namespace Notebooks.Cli.Tests;

/// <summary>Runs `kit` commands in-process against a plain-text console and a temporary folder.</summary>
public sealed class CliHarness : IDisposable
{
    private readonly StringWriter _output = new();

    public CliHarness()
    {
        Folder = Directory.CreateTempSubdirectory("kit-cli-").FullName;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 1000; // one message per line, as in a log, so tests can match whole messages
    }

    public string Folder { get; }

    public IAnsiConsole Console { get; }

    public string Output => _output.ToString();

    /// <summary>Parses and runs the command line as Program.cs does, with the temporary folder as working directory.</summary>
    public async Task<int> RunAsync(params string[] args)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Folder);
        try
        {
            var root = new RootCommand("test") { RunCommand.Create(Console), CheckCommand.Create(Console), ReleaseCommand.Create(Console), GradeCommand.Create(Console), BookCommand.Create(Console), ExportCommand.Create(Console) };
            return await KitCommandLine.InvokeAsync(root, args, Console);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    /// <summary>Writes a Polyglot notebook with the given C# code cells.</summary>
    public string WriteNotebook(string name, params string[] cells)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var notebook = Notebook.CreatePolyglot(path);
        foreach (var source in cells) notebook.Cells.Add(CodeCell.Create(source));
        NotebookFile.WriteAtomically(path, notebook);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
