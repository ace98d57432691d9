using System.CommandLine;
using Spectre.Console;

namespace Notebooks.Cli;

/// <summary>Parses and invokes a command line with the kit's exit statuses: 2 for usage errors and bad input.</summary>
public static class KitCommandLine
{
    /// <summary>Parses <paramref name="args"/>; reports parse errors with exit status 2, else runs the action.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, IAnsiConsole console)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.MarkupLineInterpolated($"[red]kit: {error.Message}[/]");
            console.WriteLine("Try 'kit --help'.");
            return ExitCodes.BadInput;
        }
        // `kit kernel run` turns SIGINT into an interrupt of the running cell; the parser must not end the process.
        var configuration = Commands.KernelCommand.HandlesSignals(parsed) ? new InvocationConfiguration { ProcessTerminationTimeout = null } : null;
        return await parsed.InvokeAsync(configuration);
    }

    /// <summary>Runs a command's action, turning <see cref="UsageException"/> into its message and exit status 2.</summary>
    public static async Task<int> ActAsync(IAnsiConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UsageException e)
        {
            console.MarkupLineInterpolated($"[red]kit: {e.Message}[/]");
            return ExitCodes.BadInput;
        }
    }
}
