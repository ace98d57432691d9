using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Execution.Grading;

/// <summary>Finds a notebook's exercises and checks that they follow the format (see docs/instructors.md).</summary>
public static class ExerciseNotebook
{
    /// <summary>Tag of the cell holding the solution.</summary>
    public const string ExerciseTag = "exercise";

    /// <summary>Tag of the cell holding the tests.</summary>
    public const string TestsTag = "tests";

    /// <summary>The exercise's id in a cell's <c>metadata.deepmath</c>, e.g. "1.2".</summary>
    public static string? IdOf(NotebookCell cell) =>
        cell.Json["metadata"]?["deepmath"]?["exercise"] is JsonValue v
            ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
            : null;

    /// <summary>True for a cell tagged <c>exercise</c> or <c>tests</c>.</summary>
    public static bool IsExerciseOrTests(NotebookCell cell) => cell.HasTag(ExerciseTag) || cell.HasTag(TestsTag);

    /// <summary>
    /// The exercises in notebook order. Each needs one code cell tagged <c>exercise</c> with at least one solution
    /// region and one code cell tagged <c>tests</c> after it with points and at least one hidden-tests region, both
    /// carrying the same <c>deepmath.exercise</c> id.
    /// </summary>
    /// <param name="notebook">The instructor's notebook.</param>
    /// <exception cref="ExerciseFormatException">A cell breaks the format; the message names file, cell and line.</exception>
    public static IReadOnlyList<Exercise> Find(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var path = notebook.Path;
        var solutions = new Dictionary<string, int>(StringComparer.Ordinal);
        var exercises = new List<Exercise>();
        foreach (var cell in notebook.Cells.Where(IsExerciseOrTests))
        {
            var isTests = cell.HasTag(TestsTag);
            var kind = isTests ? TestsTag : ExerciseTag;
            if (cell is not CodeCell)
            {
                throw new ExerciseFormatException(path, cell.Index, null, $"a cell tagged '{kind}' must be a code cell");
            }

            var id = IdOf(cell) ?? throw new ExerciseFormatException(path, cell.Index, null, $"a cell tagged '{kind}' needs metadata \"deepmath\": {{\"exercise\": \"N.M\"}}");
            void Fail(int line, string message) => throw new ExerciseFormatException(path, cell.Index, line, message);
            if (!isTests)
            {
                if (!solutions.TryAdd(id, cell.Index))
                {
                    throw new ExerciseFormatException(path, cell.Index, null, $"exercise {id} has a second cell tagged 'exercise' (the first is cell {solutions[id] + 1})");
                }

                if (ExerciseMarkers.CountSolutions(cell.Source, Fail) == 0)
                {
                    throw new ExerciseFormatException(path, cell.Index, null, $"exercise {id}: no '{ExerciseMarkers.BeginSolution}' … '{ExerciseMarkers.EndSolution}' region");
                }

                continue;
            }

            if (!solutions.TryGetValue(id, out var solutionIndex))
            {
                throw new ExerciseFormatException(path, cell.Index, null, $"tests of exercise {id} come before (or without) a cell tagged 'exercise' with that id");
            }

            if (exercises.Any(e => e.Id == id))
            {
                throw new ExerciseFormatException(path, cell.Index, null, $"exercise {id} has a second cell tagged 'tests'");
            }

            ExerciseMarkers.RemoveHidden(cell.Source, Fail, out var hidden);
            if (hidden == 0)
            {
                throw new ExerciseFormatException(path, cell.Index, null, $"exercise {id}: the tests need a '{ExerciseMarkers.BeginHidden}' … '{ExerciseMarkers.EndHidden}' region");
            }

            exercises.Add(new Exercise(id, Points(cell, id), solutionIndex, cell.Index));
        }

        var untested = solutions.Keys.Except(exercises.Select(e => e.Id)).FirstOrDefault();
        if (untested is not null)
        {
            throw new ExerciseFormatException(path, solutions[untested], null, $"exercise {untested} has no cell tagged 'tests'");
        }

        return exercises;
    }

    private static double Points(NotebookCell cell, string id)
    {
        var node = cell.Json["metadata"]?["deepmath"]?["points"];
        var points = node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>()
            : node is JsonValue s && s.GetValueKind() == JsonValueKind.String
              && double.TryParse(s.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : double.NaN;
        return points > 0 && double.IsFinite(points)
            ? points
            : throw new ExerciseFormatException(cell.Notebook?.Path, cell.Index, null, $"the tests of exercise {id} need positive metadata \"deepmath\": {{\"points\": N}}");
    }
}
