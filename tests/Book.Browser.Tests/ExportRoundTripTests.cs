using System.Diagnostics;
using System.Text.Json;
using Notebooks.Book.Export;
using Notebooks.Cli.Commands;
using Notebooks.Documents;
using Notebooks.Execution;
using Spectre.Console;

namespace Book.Browser.Tests;

// Uses the book's fixture for its executed chapters (the cache it filled), so no chapter runs twice.
[Collection("book")]
public sealed class ExportRoundTripTests(BuiltBook book)
{
    [Fact]
    public async Task an_exported_chapter_run_with_dotnet_run_prints_what_the_notebook_shows()
    {
        Assert.True(book.ExitCode == 0, $"kit book exited {book.ExitCode}:\n{book.Log}");
        // The quickest chapter, by its recorded run time: the point is the export, not the chapter.
        var name = BuiltBook.ChapterNames.MinBy(n =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(book.Cache, n + ".run.json"))).RootElement.GetProperty("TotalSeconds").GetDouble())!;
        var executed = Notebook.Load(Path.Combine(book.Cache, name + ".ipynb"));
        var app = Path.Combine(book.Root, "artifacts", "book-test", "export", name + ".cs");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });

        Assert.Equal(0, ExportCommand.Execute(new ExportCommandOptions(Path.Combine(book.Root, "notebooks", name + ".ipynb"), "app", app), console, book.Root));
        var (exit, stdout, stderr) = await DotnetRunAsync(app);

        Assert.True(exit == 0, $"dotnet run {name}.cs exited {exit}:\n{stderr}\n{stdout}");
        Assert.Equal(NotebookTextOutput.Of(executed), stdout);
    }

    // dotnet run FILE.cs with the environment kit run gives the worker (so libtorch computes the same bits), output
    // redirected (so the host writes each cell's text when the cell ends, as the notebook keeps it).
    private static async Task<(int Exit, string Stdout, string Stderr)> DotnetRunAsync(string app)
    {
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(app)! };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(app);
        foreach (var (key, value) in RunOptions.DeterministicTorchEnvironment) start.Environment[key] = value;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
