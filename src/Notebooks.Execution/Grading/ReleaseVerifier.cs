using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>What <see cref="ReleaseVerifier.VerifyAsync"/> found.</summary>
/// <param name="Release">The student version, ready to write when <see cref="Problems"/> is empty.</param>
/// <param name="Exercises">The exercises with the tests the instructor's notebook ran (name lists in order).</param>
/// <param name="Problems">Each problem on one line naming notebook, exercise, cell or test; empty when the release is sound.</param>
public sealed record ReleaseVerification(
    Notebook Release, IReadOnlyList<(Exercise Exercise, IReadOnlyList<string> Tests)> Exercises, IReadOnlyList<string> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Checks a release before it is written: the instructor's notebook runs and every test passes on the solution; the
/// student version (stubs, with the hidden tests put back) compiles and every test fails on the stub. Notebook in,
/// report out; two runs, each in its own worker process.
/// </summary>
public static class ReleaseVerifier
{
    /// <summary>Verifies the release of <paramref name="instructor"/>.</summary>
    /// <param name="instructor">The instructor's notebook (with its path, for messages).</param>
    /// <param name="options">Limits and package resolver for both runs; the working directory is the notebook's folder.</param>
    /// <param name="progress">Cell events of both runs, or null.</param>
    /// <param name="ct">Cancels the runs.</param>
    /// <exception cref="ExerciseFormatException">The exercises break the format.</exception>
    public static async Task<ReleaseVerification> VerifyAsync(
        Notebook instructor, RunOptions options, IProgress<CellEvent>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        var name = instructor.Path is { } p ? Path.GetFileName(p) : "notebook";
        var exercises = ExerciseNotebook.Find(instructor);
        var release = StudentRelease.Create(instructor);
        var problems = new List<string>();
        if (exercises.Count == 0)
        {
            return new ReleaseVerification(release, [], problems);
        }

        var solved = await NotebookRunner.RunWithReportAsync(instructor, options, progress, ct).ConfigureAwait(false);
        var exerciseCells = exercises.SelectMany(e => new[] { e.ExerciseCellIndex, e.TestsCellIndex }).ToHashSet();
        foreach (var failure in solved.Failures.Where(f => !exerciseCells.Contains(f.CellIndex)))
        {
            problems.Add($"{name}: the instructor's notebook fails outside the exercises: {Strip(failure)}");
        }

        var tested = new List<(Exercise, IReadOnlyList<string>)>();
        foreach (var exercise in exercises)
        {
            var result = ExerciseResults.Read(solved.Notebook, exercise, expected: null);
            tested.Add((exercise, result.Tests.Select(t => t.Name).ToList()));
            if (result.SolutionError is { } error)
            {
                problems.Add($"{name}: exercise {exercise.Id}, cell {exercise.ExerciseCellIndex + 1}: the instructor's solution fails: {error}");
            }

            if (result.Tests.Count == 0)
            {
                problems.Add($"{name}: exercise {exercise.Id}, cell {exercise.TestsCellIndex + 1}: the tests printed no PASS/FAIL line"
                    + (result.TestsError is { } e ? $" ({e})" : ""));
            }

            foreach (var test in result.Tests.Where(t => !t.Passed))
            {
                problems.Add($"{name}: exercise {exercise.Id}: test '{test.Name}' fails on the instructor's solution: {test.Message}");
            }

            var duplicate = result.Tests.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                problems.Add($"{name}: exercise {exercise.Id}: two tests are named '{duplicate.Key}'; names must be unique for grading");
            }
        }

        var stubbed = StudentRelease.ForGrading(instructor, new Dictionary<string, string>());
        var stub = await NotebookRunner.RunWithReportAsync(stubbed, options, progress, ct).ConfigureAwait(false);
        foreach (var (exercise, tests) in tested)
        {
            var compile = stub.Failures.OfType<CellFailedException>().FirstOrDefault(f => f.CellIndex == exercise.ExerciseCellIndex);
            if (compile is not null)
            {
                problems.Add($"{name}: exercise {exercise.Id}: the student version does not compile or run: {Strip(compile)}");
            }

            var result = ExerciseResults.Read(stub.Notebook, exercise, tests);
            foreach (var test in result.Tests.Where(t => t.Passed))
            {
                problems.Add($"{name}: exercise {exercise.Id}: test '{test.Name}' passes on the stub ({ExerciseMarkers.Stub}), so it cannot fail; make it call the student's code and check its result");
            }

        }

        foreach (var failure in stub.Failures.Where(f => !exerciseCells.Contains(f.CellIndex)))
        {
            problems.Add($"{name}: the student version fails outside the exercises: {Strip(failure)}");
        }

        return new ReleaseVerification(release, tested, problems);
    }

    private static string Strip(NotebookExecutionException failure) =>
        failure.NotebookPath is { } path ? failure.Message.Replace(path + ": ", "", StringComparison.Ordinal) : failure.Message;
}
