namespace Notebooks.Execution.Grading;

/// <summary>One test of an exercise as the tests cell reported it.</summary>
/// <param name="Name">The test's name, e.g. "2 → 3 → 1 has 13 parameters".</param>
/// <param name="Passed">True for a <c>PASS</c> line.</param>
/// <param name="Message">Why it failed (the text after the name on the <c>FAIL</c> line), or null.</param>
public sealed record TestOutcome(string Name, bool Passed, string? Message);
