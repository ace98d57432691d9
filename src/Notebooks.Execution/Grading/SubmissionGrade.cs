namespace Notebooks.Execution.Grading;

/// <summary>The grade of one submission.</summary>
/// <param name="Student">Who: the submission's file name without extension, or its folder's name when the file
/// keeps the chapter's name (<c>alice/01-approximation.ipynb</c> → <c>alice</c>).</param>
/// <param name="SubmissionPath">The submitted file.</param>
/// <param name="Exercises">Each exercise's tests and score, in notebook order.</param>
/// <param name="Incidents">What went wrong and was handled (time-outs, crashes, edits outside exercise cells), one line each.</param>
/// <param name="Elapsed">Wall time spent grading it.</param>
public sealed record SubmissionGrade(
    string Student, string SubmissionPath, IReadOnlyList<ExerciseResult> Exercises, IReadOnlyList<string> Incidents, TimeSpan Elapsed)
{
    /// <summary>Points earned.</summary>
    public double Total => Exercises.Sum(e => e.Score);

    /// <summary>Points available.</summary>
    public double Max => Exercises.Sum(e => e.Exercise.Points);
}
