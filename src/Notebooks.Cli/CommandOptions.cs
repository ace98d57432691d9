using System.CommandLine;

namespace Notebooks.Cli;

/// <summary>Options several commands share, declared once with their validation.</summary>
public static class CommandOptions
{
    /// <summary><c>--timeout SECONDS</c>: a cell's time limit; must be positive.</summary>
    /// <param name="description">What the limit applies to, with its default, e.g. "Stop a cell that runs longer than SECONDS (default 600)".</param>
    /// <param name="defaultSeconds">The default, e.g. 600.</param>
    public static Option<int> Timeout(string description, int defaultSeconds)
    {
        var option = new Option<int>("--timeout") { Description = description, HelpName = "SECONDS", DefaultValueFactory = _ => defaultSeconds };
        option.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError("--timeout must be a positive number of seconds"); });
        return option;
    }

    /// <summary><c>--parallel N</c>: how many worker processes at once; at least 1, default 1.</summary>
    /// <param name="description">What runs in parallel, e.g. "Run N notebooks at once, each in its own process (default 1)".</param>
    public static Option<int> Parallel(string description)
    {
        var option = new Option<int>("--parallel") { Description = description, HelpName = "N", DefaultValueFactory = _ => 1 };
        option.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError("--parallel must be at least 1"); });
        return option;
    }
}
