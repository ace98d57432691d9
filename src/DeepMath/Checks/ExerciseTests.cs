using System.Text;

namespace DeepMath.Checks;

/// <summary>
/// The tests of one exercise: each test runs on its own, so one failure (or an unsolved stub that throws
/// <see cref="NotImplementedException"/>) never hides the others, prints one line, and <see cref="Verify"/> fails the
/// cell at the end when any test failed.
/// </summary>
/// <remarks>
/// A chapter's <c>tests</c> cell reads:
/// <code>
/// var tests = new ExerciseTests("0.1");
/// tests.Run("2 → 3 → 1 has 13 parameters", () => Check.Equal(CountParameters([2, 3, 1]), 13, "P = Σ (N_l-1 + 1) N_l"));
/// // BEGIN HIDDEN TESTS
/// tests.Run("a deep narrow network", () => Check.Equal(CountParameters([1, 2, 2, 2, 1]), 19, "P = Σ (N_l-1 + 1) N_l"));
/// // END HIDDEN TESTS
/// tests.Verify()
/// </code>
/// Each test prints "PASS name" or "FAIL name: reason" as it runs; the grader counts those lines for partial credit,
/// so the same cell serves students (visible self-checks), <c>kit run</c> and grading. Introduced in chapter 00.
/// </remarks>
/// <param name="exercise">The exercise's number as the chapter shows it, e.g. "0.1".</param>
public sealed class ExerciseTests(string exercise)
{
    /// <summary>Prefix of the line a passing test prints.</summary>
    public const string PassPrefix = "PASS ";

    /// <summary>Prefix of the line a failing test prints.</summary>
    public const string FailPrefix = "FAIL ";

    private readonly List<(string Name, string? Failure)> _results = [];

    /// <summary>The exercise's number, e.g. "0.1".</summary>
    public string Exercise { get; } = exercise;

    /// <summary>Tests run so far.</summary>
    public int Count => _results.Count;

    /// <summary>Tests that passed so far.</summary>
    public int Passed => _results.Count(r => r.Failure is null);

    /// <summary>Runs one test: it passes when <paramref name="test"/> returns without throwing.</summary>
    /// <param name="name">What the test checks, e.g. "2 → 3 → 1 has 13 parameters".</param>
    /// <param name="test">The test; typically a <see cref="Check"/> call, which throws when the claim fails.</param>
    public void Run(string name, Action test)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(test);
        string? failure;
        try
        {
            test();
            failure = null;
        }
        catch (NotImplementedException)
        {
            failure = "not solved yet (the exercise still throws NotImplementedException)";
        }
        catch (Exception e)
        {
            failure = $"{e.GetType().Name}: {e.Message}";
        }

        _results.Add((name, failure));
        Console.WriteLine(failure is null ? PassPrefix + name : $"{FailPrefix}{name}: {failure}");
    }

    /// <summary>Runs one test given as a function whose result is discarded, e.g. a <see cref="Check"/> returning its verdict.</summary>
    /// <param name="name">What the test checks.</param>
    /// <param name="test">The test; it fails by throwing.</param>
    public void Run(string name, Func<object?> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        Run(name, () => { test(); });
    }

    /// <summary>Ends the tests: returns the summary when all passed, throws <see cref="ExerciseFailedException"/> otherwise.</summary>
    /// <returns>A line such as "Exercise 0.1: 3 of 3 tests pass".</returns>
    /// <exception cref="InvalidOperationException">When no test was run: a tests cell that checks nothing cannot fail.</exception>
    /// <exception cref="ExerciseFailedException">When some test failed; the message lists the failures.</exception>
    public string Verify()
    {
        if (Count == 0) throw new InvalidOperationException($"Exercise {Exercise} has no tests: a test cell must check something.");
        var summary = $"Exercise {Exercise}: {Passed} of {Count} tests pass";
        if (Passed == Count) return summary;
        var message = new StringBuilder(summary);
        foreach (var (name, failure) in _results.Where(r => r.Failure is not null))
        {
            message.Append(Environment.NewLine).Append(FailPrefix).Append(name).Append(": ").Append(failure);
        }

        throw new ExerciseFailedException(Exercise, Passed, Count, message.ToString());
    }
}
