namespace DeepMath.Checks;

/// <summary>Thrown by <see cref="ExerciseTests.Verify"/> when some test of an exercise failed.</summary>
/// <param name="exercise">The exercise's number, e.g. "0.1".</param>
/// <param name="passed">Tests that passed.</param>
/// <param name="count">Tests run.</param>
/// <param name="message">The summary line followed by one line per failed test.</param>
public sealed class ExerciseFailedException(string exercise, int passed, int count, string message) : Exception(message)
{
    /// <summary>The exercise's number, e.g. "0.1".</summary>
    public string Exercise { get; } = exercise;

    /// <summary>Tests that passed.</summary>
    public int Passed { get; } = passed;

    /// <summary>Tests run.</summary>
    public int Count { get; } = count;
}
