using System.CommandLine;
using Notebooks.Cli;
using Notebooks.Cli.Commands;
using Spectre.Console;

// `kit`: declare the commands, parse, act. Each command lives in Commands/ with its options record.
// Colours and live displays only in a terminal: redirected output (CI logs, pipes) gets plain text.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is not null ? AnsiSupport.No : AnsiSupport.Detect,
    Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
});
var root = new RootCommand("The deep-learning mathematics kit: run, check and smoke-test the chapters; release and grade exercises; the C# Jupyter kernel; the book.")
{
    RunCommand.Create(console),
    CheckCommand.Create(console),
    SmokeCommand.Create(console),
    ReleaseCommand.Create(console),
    GradeCommand.Create(console),
    KernelCommand.Create(console),
    BookCommand.Create(console),
    ExportCommand.Create(console),
};
return await KitCommandLine.InvokeAsync(root, args, console);
