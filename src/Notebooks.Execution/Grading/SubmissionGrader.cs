using Notebooks.Documents;
using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Grading;

/// <summary>
/// Grades one student notebook: takes its exercise cells (by exercise id), puts them into the instructor's notebook
/// with the hidden tests (every other cell as released, whatever the student changed there), runs that in its own
/// worker process in a fresh temporary folder, and scores each exercise from its PASS/FAIL lines.
/// </summary>
/// <remarks>
/// A time-out or a crash of the worker (Environment.Exit, stack overflow) in an exercise's cells ends that run: the
/// exercise keeps the results printed before it, its solution is replaced by the stub, and the notebook runs again
/// so that the later exercises are graded too. Nothing here writes outside the temporary folder, which is deleted.
/// </remarks>
public static class SubmissionGrader
{
    /// <summary>Grades <paramref name="submissionPath"/>; never throws for a bad or hostile submission (only for cancellation).</summary>
    /// <param name="context">The instructor's notebook and expected tests.</param>
    /// <param name="submissionPath">The student's notebook.</param>
    /// <param name="options">Limits.</param>
    /// <param name="progress">Cell events of the runs, or null.</param>
    /// <param name="ct">Cancels grading (kills the worker).</param>
    public static async Task<SubmissionGrade> GradeAsync(
        GradingContext context, string submissionPath, GradeOptions options, IProgress<CellEvent>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        var student = StudentName(submissionPath, context.Instructor.Path);
        var incidents = new List<string>();
        Notebook submission;
        try
        {
            submission = Notebook.Load(submissionPath);
        }
        catch (NotebookException e)
        {
            incidents.Add($"the submission could not be read, so nothing was graded: {e.Message}");
            var zero = context.Exercises.Select(x => Unanswered(x.Exercise, x.Tests, "the submission could not be read")).ToList();
            return new SubmissionGrade(student, submissionPath, zero, incidents, DateTime.UtcNow - started);
        }

        var solutions = Solutions(submission, context, incidents);
        incidents.AddRange(EditsOutsideExercises(context.Release, submission));
        var folder = Directory.CreateTempSubdirectory("kit-grade-").FullName;
        try
        {
            var fileName = Path.GetFileName(submissionPath);
            File.Copy(submissionPath, Path.Combine(folder, fileName));
            var graded = Notebook.Parse(StudentRelease.ForGrading(context.Instructor, solutions).ToJson(), Path.Combine(folder, fileName));
            AbsolutePackageSources(graded, context.Instructor.Path);
            var results = await RunAsync(graded, context, options.For(folder), incidents, progress, ct).ConfigureAwait(false);
            return new SubmissionGrade(student, submissionPath, results, incidents, DateTime.UtcNow - started);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>The name a submission is reported under: the file's stem, or its folder's name when the stem is the chapter's.</summary>
    /// <param name="submissionPath">The submitted file.</param>
    /// <param name="instructorPath">The instructor's notebook, or null.</param>
    public static string StudentName(string submissionPath, string? instructorPath)
    {
        var stem = Path.GetFileNameWithoutExtension(submissionPath);
        var chapter = instructorPath is null ? null : Path.GetFileNameWithoutExtension(instructorPath);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(submissionPath)));
        return stem == chapter && !string.IsNullOrEmpty(folder) ? folder : stem;
    }

    private static async Task<IReadOnlyList<ExerciseResult>> RunAsync(
        Notebook graded, GradingContext context, RunOptions runOptions, List<string> incidents, IProgress<CellEvent>? progress, CancellationToken ct)
    {
        var kept = new Dictionary<string, ExerciseResult>(StringComparer.Ordinal);
        while (true)
        {
            var run = await NotebookRunner.RunWithReportAsync(graded, runOptions, progress, ct).ConfigureAwait(false);
            var lost = run.Failures.FirstOrDefault(f => f is CellTimedOutException or WorkerExitedException);
            var culprit = lost is null ? default : context.Exercises.FirstOrDefault(
                x => !kept.ContainsKey(x.Exercise.Id) && (x.Exercise.ExerciseCellIndex == lost.CellIndex || x.Exercise.TestsCellIndex == lost.CellIndex));
            if (lost is not null && culprit.Exercise is { } exercise)
            {
                var cell = $"cell {lost.CellIndex + 1}";
                var detail = lost.Message.Replace(graded.Path + ": ", "", StringComparison.Ordinal).Replace($"{cell}: {cell} ", $"{cell} ", StringComparison.Ordinal);
                incidents.Add($"exercise {exercise.Id}: {detail}; the tests that reported before it count, and the notebook was run again with this exercise unsolved to grade the rest");
                kept[exercise.Id] = ExerciseResults.Read(run.Notebook, exercise, culprit.Tests);
                graded.Cells[exercise.ExerciseCellIndex].Source = context.Release.Cells[exercise.ExerciseCellIndex].Source;
                continue;
            }

            if (lost is not null)
            {
                incidents.Add($"the run stopped outside the exercises: {lost.Message.Replace(graded.Path + ": ", "", StringComparison.Ordinal)}; exercises after it got no results");
            }

            if (run.Notebook.Cells.Code.Any(c => ExerciseResults.Stdout(c).Contains("[output truncated:", StringComparison.Ordinal)))
            {
                incidents.Add($"some cell printed more than {runOptions.MaxOutputCharsPerCell:N0} characters; the rest of its output was dropped");
            }

            return context.Exercises
                .Select(x => kept.TryGetValue(x.Exercise.Id, out var k) ? k : ExerciseResults.Read(run.Notebook, x.Exercise, x.Tests))
                .ToList();
        }
    }

    private static Dictionary<string, string> Solutions(Notebook submission, GradingContext context, List<string> incidents)
    {
        var solutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in submission.Cells.Code.Where(c => c.HasTag(ExerciseNotebook.ExerciseTag)))
        {
            if (ExerciseNotebook.IdOf(cell) is { } id && context.Exercises.Any(x => x.Exercise.Id == id))
            {
                solutions.TryAdd(id, cell.Source);
            }
        }

        foreach (var (exercise, _) in context.Exercises.Where(x => !solutions.ContainsKey(x.Exercise.Id)))
        {
            incidents.Add($"exercise {exercise.Id}: the submission has no cell tagged 'exercise' with this id; graded as unsolved");
        }

        return solutions;
    }

    /// <summary>Compares every cell but the exercise cells with the release; each difference is one incident line.</summary>
    private static IEnumerable<string> EditsOutsideExercises(Notebook release, Notebook submission)
    {
        static List<(string Type, string Source)> Fixed(Notebook n) =>
            n.Cells.Where(c => !c.HasTag(ExerciseNotebook.ExerciseTag)).Select(c => (c.CellType, Visible(c).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd())).ToList();
        var expected = Fixed(release);
        var actual = Fixed(submission);
        if (expected.SequenceEqual(actual))
        {
            yield break;
        }

        var changed = expected.Count == actual.Count
            ? string.Join(", ", Enumerable.Range(0, expected.Count).Where(i => expected[i] != actual[i]).Select(i => $"the {Ordinal(i + 1)} non-exercise cell"))
            : $"{expected.Count} non-exercise cells were released and the submission has {actual.Count}";
        yield return $"edited outside the exercise cells ({changed}); graded with the released cells and the original tests";
    }

    // A tests cell counts as unedited when it differs only by the hidden tests (the instructor's own notebook).
    private static string Visible(NotebookCell cell) =>
        cell.HasTag(ExerciseNotebook.TestsTag) ? ExerciseMarkers.RemoveHidden(cell.Source, (_, _) => { }, out _) ?? cell.Source : cell.Source;

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    // The submission runs in a temporary folder, so a relative #i source (the chapters' ../artifacts/packages) is
    // resolved from the instructor's folder here instead of from the student's code's folder.
    private static void AbsolutePackageSources(Notebook graded, string? instructorPath)
    {
        var baseFolder = instructorPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(instructorPath))!;
        foreach (var cell in graded.Cells.Code)
        {
            var lines = cell.Source.Split('\n');
            var changed = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (PackageDirective.TryParse(lines[i], out var d) && d is PackageSourceDirective s
                    && !Uri.TryCreate(s.Source, UriKind.Absolute, out _) && !Path.IsPathRooted(s.Source))
                {
                    lines[i] = $"#i \"nuget: {Path.GetFullPath(s.Source, baseFolder)}\"" + (lines[i].EndsWith('\r') ? "\r" : "");
                    changed = true;
                }
            }

            if (changed)
            {
                cell.Source = string.Join('\n', lines);
            }
        }
    }

    private static ExerciseResult Unanswered(Exercise exercise, IReadOnlyList<string> tests, string reason) =>
        new(exercise, tests.Select(t => new TestOutcome(t, false, "no result: " + reason)).ToList(), null, null);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
