namespace Notebooks.Execution.Grading;

/// <summary>What one run said about one exercise.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Tests">Each expected test, in order; a test without a result line counts as failed.</param>
/// <param name="SolutionError">The error of the student's exercise cell (compile error, exception), or null.</param>
/// <param name="TestsError">The error of the tests cell other than the usual failed-tests summary, or null.</param>
public sealed record ExerciseResult(Exercise Exercise, IReadOnlyList<TestOutcome> Tests, string? SolutionError, string? TestsError)
{
    /// <summary>Tests that passed.</summary>
    public int Passed => Tests.Count(t => t.Passed);

    /// <summary>Points earned: points × passed / tests (0 when there are no tests).</summary>
    public double Score => Tests.Count == 0 ? 0 : Exercise.Points * Passed / Tests.Count;
}
