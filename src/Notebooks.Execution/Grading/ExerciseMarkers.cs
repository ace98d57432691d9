namespace Notebooks.Execution.Grading;

/// <summary>
/// The region markers of the exercise format (nbgrader's): a solution between <c>// BEGIN SOLUTION</c> and
/// <c>// END SOLUTION</c>, hidden tests between <c>// BEGIN HIDDEN TESTS</c> and <c>// END HIDDEN TESTS</c>, each
/// marker alone on its line.
/// </summary>
public static class ExerciseMarkers
{
    /// <summary>Opens the instructor's solution.</summary>
    public const string BeginSolution = "// BEGIN SOLUTION";

    /// <summary>Closes the instructor's solution.</summary>
    public const string EndSolution = "// END SOLUTION";

    /// <summary>Opens the tests only the grader sees.</summary>
    public const string BeginHidden = "// BEGIN HIDDEN TESTS";

    /// <summary>Closes the tests only the grader sees.</summary>
    public const string EndHidden = "// END HIDDEN TESTS";

    /// <summary>What the student release puts where a solution was.</summary>
    public const string Stub = "throw new NotImplementedException();";

    /// <summary>
    /// Replaces each solution region (markers included) by <see cref="Stub"/>, indented like the
    /// <c>BEGIN</c> marker. Lines outside the regions are kept byte for byte (line endings included).
    /// </summary>
    /// <param name="source">An exercise cell's source.</param>
    /// <param name="fail">Called with (1-based line, message) for a marker without its partner; the result is then null.</param>
    /// <returns>The student's version, or null when the markers are malformed.</returns>
    public static string? StubSolutions(string source, Action<int, string> fail) =>
        Replace(source, BeginSolution, EndSolution, indent => indent + Stub, fail, out _);

    /// <summary>Removes each hidden-tests region, markers included.</summary>
    /// <param name="source">A tests cell's source.</param>
    /// <param name="fail">Called with (1-based line, message) for a marker without its partner.</param>
    /// <param name="regions">How many regions were removed.</param>
    /// <returns>The visible tests, or null when the markers are malformed.</returns>
    public static string? RemoveHidden(string source, Action<int, string> fail, out int regions) =>
        Replace(source, BeginHidden, EndHidden, _ => null, fail, out regions);

    /// <summary>Counts solution regions (0 when malformed; <paramref name="fail"/> says why).</summary>
    /// <param name="source">An exercise cell's source.</param>
    /// <param name="fail">Called with (1-based line, message) for a marker without its partner.</param>
    public static int CountSolutions(string source, Action<int, string> fail)
    {
        Replace(source, BeginSolution, EndSolution, _ => null, fail, out var regions);
        return regions;
    }

    private static string? Replace(string source, string begin, string end, Func<string, string?> replacement, Action<int, string> fail, out int regions)
    {
        regions = 0;
        var lines = source.Split('\n');
        var kept = new List<string>(lines.Length);
        var openedAt = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.Trim();
            if (text == begin)
            {
                if (openedAt >= 0)
                {
                    fail(i + 1, $"'{begin}' inside the region opened on line {openedAt + 1}");
                    return null;
                }

                openedAt = i;
                var newline = line.EndsWith('\r') ? "\r" : "";
                if (replacement(line[..(line.Length - line.TrimStart().Length)]) is { } stub)
                {
                    kept.Add(stub + newline);
                }

                continue;
            }

            if (text == end)
            {
                if (openedAt < 0)
                {
                    fail(i + 1, $"'{end}' without '{begin}' before it");
                    return null;
                }

                openedAt = -1;
                regions++;
                continue;
            }

            if (openedAt < 0)
            {
                kept.Add(line);
            }
        }

        if (openedAt >= 0)
        {
            fail(openedAt + 1, $"'{begin}' without '{end}' after it");
            return null;
        }

        // A region at the very end leaves the line before it with its newline; keep the source's own ending.
        var result = string.Join('\n', kept);
        if (!source.EndsWith('\n') && result.EndsWith('\n'))
        {
            result = result.TrimEnd('\n', '\r');
        }

        return result;
    }
}
