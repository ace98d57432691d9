using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>Turns an instructor's notebook into the students' version and back into what the grader runs.</summary>
public static class StudentRelease
{
    /// <summary>
    /// The student version: every solution region becomes <c>throw new NotImplementedException();</c>, every
    /// hidden-tests region is removed, every output and execution count is cleared; all else (metadata, ids,
    /// Markdown, other cells) is kept as it was.
    /// </summary>
    /// <param name="instructor">The instructor's notebook; not modified.</param>
    /// <returns>A new notebook with the same <see cref="Notebook.Path"/>.</returns>
    /// <exception cref="ExerciseFormatException">The exercises break the format.</exception>
    public static Notebook Create(Notebook instructor)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        ExerciseNotebook.Find(instructor);
        var copy = Notebook.Parse(instructor.ToJson(), instructor.Path);
        foreach (var cell in copy.Cells.Code)
        {
            void Fail(int line, string message) => throw new ExerciseFormatException(copy.Path, cell.Index, line, message);
            if (cell.HasTag(ExerciseNotebook.ExerciseTag))
            {
                cell.Source = ExerciseMarkers.StubSolutions(cell.Source, Fail)!;
            }
            else if (cell.HasTag(ExerciseNotebook.TestsTag))
            {
                cell.Source = ExerciseMarkers.RemoveHidden(cell.Source, Fail, out _)!;
            }

            cell.ClearOutputs();
        }

        return copy;
    }

    /// <summary>
    /// What the grader runs: the release with every cell restored from the instructor's notebook (hidden tests
    /// included) except the exercise cells, which come from <paramref name="solutions"/> (by exercise id) or stay stubs.
    /// </summary>
    /// <param name="instructor">The instructor's notebook.</param>
    /// <param name="solutions">Exercise id → the student's exercise cell source.</param>
    /// <returns>A new notebook without outputs.</returns>
    public static Notebook ForGrading(Notebook instructor, IReadOnlyDictionary<string, string> solutions)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        ArgumentNullException.ThrowIfNull(solutions);
        var release = Create(instructor);
        var exercises = ExerciseNotebook.Find(instructor);
        foreach (var exercise in exercises)
        {
            release.Cells[exercise.TestsCellIndex].Source = instructor.Cells[exercise.TestsCellIndex].Source;
            if (solutions.TryGetValue(exercise.Id, out var source))
            {
                release.Cells[exercise.ExerciseCellIndex].Source = source;
            }
        }

        return release;
    }
}
