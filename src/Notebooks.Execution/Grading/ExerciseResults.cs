using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>Reads an executed notebook's <c>PASS name</c> / <c>FAIL name: reason</c> lines, exercise by exercise.</summary>
public static class ExerciseResults
{
    private const string PassPrefix = "PASS ";
    private const string FailPrefix = "FAIL ";
    private const string SummaryException = "ExerciseFailedException";

    /// <summary>
    /// The outcome of each test of <paramref name="exercise"/>. With <paramref name="expected"/> names (from the
    /// instructor's run) only those count, each by its last line, in their order, and one without a line failed
    /// ("no result"); without them, every result line counts.
    /// </summary>
    /// <param name="executed">The notebook after the run.</param>
    /// <param name="exercise">Which exercise.</param>
    /// <param name="expected">The test names the instructor's notebook printed, or null.</param>
    public static ExerciseResult Read(Notebook executed, Exercise exercise, IReadOnlyList<string>? expected)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(exercise);
        var tests = (CodeCell)executed.Cells[exercise.TestsCellIndex];
        var solution = (CodeCell)executed.Cells[exercise.ExerciseCellIndex];
        var lines = Stdout(tests).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var solutionError = Error(solution);
        var testsError = Error(tests) is { } e && !e.Split(':')[0].EndsWith(SummaryException, StringComparison.Ordinal) ? e : null;
        var notRun = testsError ?? (tests.ExecutionCount is null ? "the tests cell was not run" : null);
        if (expected is null)
        {
            var all = new List<TestOutcome>();
            foreach (var line in lines)
            {
                if (line.StartsWith(PassPrefix, StringComparison.Ordinal))
                {
                    all.Add(new TestOutcome(line[PassPrefix.Length..], true, null));
                }
                else if (line.StartsWith(FailPrefix, StringComparison.Ordinal))
                {
                    var rest = line[FailPrefix.Length..];
                    var colon = rest.IndexOf(": ", StringComparison.Ordinal);
                    all.Add(colon < 0 ? new TestOutcome(rest, false, null) : new TestOutcome(rest[..colon], false, rest[(colon + 2)..]));
                }
            }

            return new ExerciseResult(exercise, all, solutionError, testsError);
        }

        var outcomes = expected.Select(name =>
        {
            TestOutcome? last = null;
            foreach (var line in lines)
            {
                if (line == PassPrefix + name)
                {
                    last = new TestOutcome(name, true, null);
                }
                else if (line.StartsWith(FailPrefix + name + ": ", StringComparison.Ordinal))
                {
                    last = new TestOutcome(name, false, line[(FailPrefix.Length + name.Length + 2)..]);
                }
            }

            return last ?? new TestOutcome(name, false, "no result: " + (notRun ?? solutionError ?? "the test printed no PASS/FAIL line"));
        }).ToList();
        return new ExerciseResult(exercise, outcomes, solutionError, testsError);
    }

    /// <summary>Everything the cell wrote to stdout.</summary>
    public static string Stdout(CodeCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = new StringBuilder();
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            if (output["output_type"]?.GetValue<string>() == "stream" && output["name"]?.GetValue<string>() == "stdout")
            {
                text.Append(NotebookText.Read(output["text"]));
            }
        }

        return text.ToString();
    }

    /// <summary>The cell's error output as "ename: evalue", or null.</summary>
    public static string? Error(CodeCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var error = cell.Outputs.OfType<JsonObject>().LastOrDefault(o => o["output_type"]?.GetValue<string>() == "error");
        return error is null ? null : $"{error["ename"]?.GetValue<string>()}: {error["evalue"]?.GetValue<string>()}";
    }
}
