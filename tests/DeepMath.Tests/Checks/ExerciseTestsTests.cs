using DeepMath.Checks;

namespace DeepMath.Tests.Checks;

public class ExerciseTestsTests
{
    private static string Capture(Action action)
    {
        var writer = new StringWriter();
        var original = Console.Out;
        Console.SetOut(writer);
        try { action(); }
        finally { Console.SetOut(original); }
        return writer.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void all_passing_tests_print_pass_lines_and_verify_returns_the_summary()
    {
        var tests = new ExerciseTests("0.1");
        var output = Capture(() =>
        {
            tests.Run("one", () => Check.Equal(1, 1, "one"));
            tests.Run("two", () => { });
        });
        Assert.Equal("PASS one\nPASS two\n", output);
        Assert.Equal("Exercise 0.1: 2 of 2 tests pass", tests.Verify());
    }

    [Fact]
    public void a_failing_test_does_not_stop_the_next_and_verify_throws_with_every_failure()
    {
        var tests = new ExerciseTests("1.2");
        var output = Capture(() =>
        {
            tests.Run("wrong count", () => Check.Equal(12, 13, "P = 13"));
            tests.Run("stub", () => throw new NotImplementedException());
            tests.Run("fine", () => { });
        });
        Assert.Equal(
            "FAIL wrong count: CheckFailedException: P = 13: measured 12, predicted 13: FAIL\n" +
            "FAIL stub: not solved yet (the exercise still throws NotImplementedException)\n" +
            "PASS fine\n", output);
        var error = Assert.Throws<ExerciseFailedException>(() => tests.Verify());
        Assert.Equal((1, 3, "1.2"), (error.Passed, error.Count, error.Exercise));
        Assert.StartsWith("Exercise 1.2: 1 of 3 tests pass", error.Message);
        Assert.Contains("FAIL stub", error.Message);
    }

    [Fact]
    public void a_tests_cell_without_tests_cannot_pass()
    {
        Assert.Throws<InvalidOperationException>(() => new ExerciseTests("0.3").Verify());
    }
}
