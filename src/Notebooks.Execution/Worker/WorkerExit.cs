namespace Notebooks.Execution.Worker;

/// <summary>Explains why the worker ended in the middle of a cell, from what it said and what it left on stderr.</summary>
internal static class WorkerExit
{
    private const int MaxTracebackLines = 30;

    /// <param name="label">The cell, e.g. <c>cell 4</c>.</param>
    /// <param name="exitCode">The process's exit code (134 after an abort on Linux).</param>
    /// <param name="reportedExit">The code the worker announced while exiting (Environment.Exit), if it did.</param>
    /// <param name="crash">The unhandled exception the worker announced, if any.</param>
    /// <param name="stderr">The tail of the worker's stderr.</param>
    public static ErrorOutput Describe(string label, int? exitCode, int? reportedExit, string? crash, string stderr)
    {
        const string Lost = "the notebook's state is lost, so later cells are not run";
        if (stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            var text = $"{label} overflowed the stack; the worker process crashed (exit code {exitCode}) and {Lost}.";
            return new ErrorOutput("StackOverflow", text, [text, .. Lines(stderr)], null);
        }

        if (reportedExit is { } code)
        {
            var text = $"{label} ended the worker process with Environment.Exit({code}); {Lost}.";
            return new ErrorOutput("WorkerExited", text, [text], null);
        }

        if (crash is not null)
        {
            var text = $"{label} crashed the worker with an unhandled exception on another thread; {Lost}.";
            return new ErrorOutput("WorkerCrashed", text, [text, .. Lines(crash)], null);
        }

        var message = $"The worker process ended while running {label} (exit code {exitCode}); {Lost}.";
        return new ErrorOutput("WorkerExited", message, [message, .. Lines(stderr)], null);
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(MaxTracebackLines);
}
