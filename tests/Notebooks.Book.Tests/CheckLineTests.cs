using Notebooks.Book.Site;

namespace Notebooks.Book.Tests;

public sealed class CheckLineTests
{
    [Fact]
    public void a_passing_line_with_a_tolerance_is_read_field_by_field()
    {
        var check = CheckLine.Parse("rate: measured -0.4981, predicted -0.5, tolerance relative 0.1: PASS")!;
        Assert.Equal(("rate", "-0.4981", "-0.5", "relative 0.1", true), (check.Claim, check.Measured, check.Predicted, check.Tolerance, check.Passed));
    }

    [Fact]
    public void a_claim_may_itself_hold_a_colon()
    {
        var check = CheckLine.Parse(Chapters.PassLine)!;
        Assert.Equal("Φ is continuous", check.Claim);
        Assert.Equal("absolute 1E-12", check.Tolerance);
    }

    [Fact]
    public void a_bound_has_no_tolerance_and_a_failure_reads_as_fail()
    {
        var check = CheckLine.Parse(Chapters.FalseLine)!;
        Assert.Equal("≤ 0.1", check.Predicted);
        Assert.Equal("", check.Tolerance);
        Assert.False(check.Passed);
        Assert.Equal("FAIL", check.Verdict);
    }

    [Theory]
    [InlineData("PASS 2 → 3 → 1 has 13 parameters")]
    [InlineData("Exercise 0.1: 5 of 5 tests pass")]
    [InlineData("CheckResult[]")]
    [InlineData("largest difference from TorchSharp 3.242E-08")]
    public void other_lines_are_not_checks(string line) => Assert.Null(CheckLine.Parse(line));
}
