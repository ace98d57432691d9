using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>
/// What every submission of one assignment is graded against: the instructor's notebook, its exercises and the
/// tests its own run printed (<see cref="ReleaseVerification.Exercises"/>).
/// </summary>
/// <param name="Instructor">The instructor's notebook, with its path (relative <c>#i</c> sources resolve from its folder).</param>
/// <param name="Exercises">Each exercise with its test names, from <see cref="ReleaseVerifier.VerifyAsync"/>.</param>
public sealed record GradingContext(Notebook Instructor, IReadOnlyList<(Exercise Exercise, IReadOnlyList<string> Tests)> Exercises)
{
    /// <summary>The student release the submissions started from.</summary>
    public Notebook Release { get; } = StudentRelease.Create(Instructor);
}
