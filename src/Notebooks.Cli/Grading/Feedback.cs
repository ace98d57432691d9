using System.Globalization;
using System.Net;
using System.Text;
using Notebooks.Execution.Grading;

namespace Notebooks.Cli.Grading;

/// <summary>
/// A student's feedback as Markdown and HTML: per exercise the score, each test passed or failed with the failure's
/// message, and what went wrong while grading. Only test names and messages appear, never the hidden tests' code.
/// </summary>
public static class Feedback
{
    /// <summary>The feedback as Markdown.</summary>
    public static string ToMarkdown(SubmissionGrade grade, string assignment)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Feedback: {assignment}, {grade.Student}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Total: {Points(grade.Total)} of {Points(grade.Max)} points.**\n\n");
        foreach (var exercise in grade.Exercises)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"## Exercise {exercise.Exercise.Id}: {Points(exercise.Score)} of {Points(exercise.Exercise.Points)} points ({exercise.Passed} of {exercise.Tests.Count} tests pass)\n\n");
            if (exercise.SolutionError is { } error)
            {
                text.Append(CultureInfo.InvariantCulture, $"Your exercise cell failed: `{OneLine(error)}`\n\n");
            }

            foreach (var test in exercise.Tests)
            {
                text.Append(test.Passed ? $"- PASS {test.Name}\n" : $"- FAIL {test.Name}: {OneLine(test.Message ?? "failed")}\n");
            }

            text.Append('\n');
        }

        if (grade.Incidents.Count > 0)
        {
            text.Append("## Notes from grading\n\n");
            foreach (var incident in grade.Incidents)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {OneLine(incident)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The feedback as a self-contained HTML page.</summary>
    public static string ToHtml(SubmissionGrade grade, string assignment)
    {
        ArgumentNullException.ThrowIfNull(grade);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>Feedback: {E(assignment)}, {E(grade.Student)}</title>");
        html.Append("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}.pass{color:#1a7f37}.fail{color:#cf222e}code{white-space:pre-wrap}</style>");
        html.Append("</head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Feedback: {E(assignment)}, {E(grade.Student)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>Total: {Points(grade.Total)} of {Points(grade.Max)} points.</strong></p>\n");
        foreach (var exercise in grade.Exercises)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<h2>Exercise {E(exercise.Exercise.Id)}: {Points(exercise.Score)} of {Points(exercise.Exercise.Points)} points ({exercise.Passed} of {exercise.Tests.Count} tests pass)</h2>\n");
            if (exercise.SolutionError is { } error)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>Your exercise cell failed: <code>{E(OneLine(error))}</code></p>\n");
            }

            html.Append("<ul>\n");
            foreach (var test in exercise.Tests)
            {
                html.Append(test.Passed
                    ? $"<li class=\"pass\">PASS {E(test.Name)}</li>\n"
                    : $"<li class=\"fail\">FAIL {E(test.Name)}: {E(OneLine(test.Message ?? "failed"))}</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (grade.Incidents.Count > 0)
        {
            html.Append("<h2>Notes from grading</h2>\n<ul>\n");
            foreach (var incident in grade.Incidents)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(OneLine(incident))}</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>The class's CSV: one row per student, one column per exercise, total, maximum, notes.</summary>
    public static string ToCsv(IReadOnlyList<SubmissionGrade> grades, IReadOnlyList<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(exercises);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', new[] { "student" }.Concat(exercises.Select(e => "exercise " + e.Id)).Concat(["total", "max", "notes"]).Select(Quote)));
        csv.Append('\n');
        foreach (var grade in grades)
        {
            var cells = new List<string> { grade.Student };
            cells.AddRange(exercises.Select(e => Points(grade.Exercises.FirstOrDefault(x => x.Exercise.Id == e.Id)?.Score ?? 0)));
            cells.Add(Points(grade.Total));
            cells.Add(Points(grade.Max));
            cells.Add(string.Join(" | ", grade.Incidents.Select(OneLine)));
            csv.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Points with at most two decimals, invariant culture: 2, 1.33, 0.5.</summary>
    public static string Points(double points) => Math.Round(points, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 500 ? line : line[..500] + "…";
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
