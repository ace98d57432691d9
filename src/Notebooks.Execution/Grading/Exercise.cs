namespace Notebooks.Execution.Grading;

/// <summary>One exercise of a notebook: its id, its points and the two cells that make it.</summary>
/// <param name="Id">The exercise's number from <c>metadata.deepmath.exercise</c>, e.g. <c>1.2</c>.</param>
/// <param name="Points">Points from the tests cell's <c>metadata.deepmath.points</c>, e.g. 2.</param>
/// <param name="ExerciseCellIndex">0-based index of the cell tagged <c>exercise</c> (the solution).</param>
/// <param name="TestsCellIndex">0-based index of the cell tagged <c>tests</c>.</param>
public sealed record Exercise(string Id, double Points, int ExerciseCellIndex, int TestsCellIndex);
