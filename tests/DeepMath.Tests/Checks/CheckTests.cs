using DeepMath.Checks;

namespace DeepMath.Tests.Checks;

public class CheckTests
{
    [Fact]
    public void close_passes_within_the_relative_tolerance_and_prints_one_line()
    {
        var result = Check.Close(-0.4981, -0.5, relTol: 0.1, because: "Maurey rate");

        Assert.True(result.Passed);
        Assert.Equal("Maurey rate: measured -0.4981, predicted -0.5, tolerance relative 0.1: PASS", result.ToString());
    }

    [Fact]
    public void close_throws_with_the_same_line_when_outside_the_tolerance()
    {
        var error = Assert.Throws<CheckFailedException>(() => Check.Close(0.62, 0.5, relTol: 0.1, because: "rate"));

        Assert.Equal("rate: measured 0.62, predicted 0.5, tolerance relative 0.1: FAIL", error.Message);
        Assert.False(error.Result.Passed);
    }

    [Fact]
    public void close_uses_the_absolute_tolerance_when_the_prediction_is_zero()
    {
        Assert.True(Check.Close(1e-13, 0, relTol: 0.1, because: "exact", absTol: 1e-12).Passed);
        Assert.Throws<CheckFailedException>(() => Check.Close(1e-13, 0, relTol: 0.1, because: "exact"));
    }

    [Fact]
    public void nan_never_passes_any_check()
    {
        Assert.Throws<CheckFailedException>(() => Check.Close(double.NaN, 1, 0.5, "c"));
        Assert.Throws<CheckFailedException>(() => Check.AtMost(double.NaN, 1, "c"));
        Assert.Throws<CheckFailedException>(() => Check.AtLeast(double.NaN, 1, "c"));
        Assert.Throws<CheckFailedException>(() => Check.Within(double.NaN, 0, 1, "c"));
        Assert.Throws<CheckFailedException>(() => Check.Decreasing([1.0, double.NaN], "c"));
    }

    [Fact]
    public void bounds_pass_on_the_right_side_including_equality_and_throw_on_the_wrong_side()
    {
        Assert.Equal("bound: measured 0.031, predicted ≤ 0.144: PASS", Check.AtMost(0.031, 0.144, "bound").ToString());
        Assert.True(Check.AtMost(0.144, 0.144, "bound").Passed);
        Assert.Throws<CheckFailedException>(() => Check.AtMost(0.145, 0.144, "bound"));

        Assert.Equal("acc: measured 0.99, predicted ≥ 0.95: PASS", Check.AtLeast(0.99, 0.95, "acc").ToString());
        Assert.Throws<CheckFailedException>(() => Check.AtLeast(0.94, 0.95, "acc"));
    }

    [Fact]
    public void within_passes_inside_the_interval_and_throws_outside()
    {
        Assert.Equal("ratio: measured 0.93, predicted in [0.67, 1.5]: PASS", Check.Within(0.93, 0.67, 1.5, "ratio").ToString());
        Assert.Equal("ratio: measured 2.1, predicted in [0.67, 1.5]: FAIL",
            Assert.Throws<CheckFailedException>(() => Check.Within(2.1, 0.67, 1.5, "ratio")).Message);
    }

    [Fact]
    public void equal_compares_integers_exactly()
    {
        Assert.Equal("pieces: measured 1024, predicted 1024: PASS", Check.Equal(1024, 1 << 10, "pieces").ToString());
        Assert.Throws<CheckFailedException>(() => Check.Equal(1023, 1024, "pieces"));
    }

    [Fact]
    public void decreasing_passes_a_non_increasing_sequence_and_names_the_first_rise()
    {
        Assert.Equal("loss: measured 4 values from 2.303 to 0.01235, predicted non-increasing: PASS",
            Check.Decreasing([2.302585, 1.0, 1.0, 0.0123456], "loss").ToString());

        var error = Assert.Throws<CheckFailedException>(() => Check.Decreasing([3.0, 2.0, 2.5, 1.0], "loss"));
        Assert.Equal("loss: measured rise at index 2 from 2 to 2.5, predicted non-increasing: FAIL", error.Message);
    }

    [Fact]
    public void decreasing_tolerates_rises_within_the_relative_slack()
    {
        Assert.True(Check.Decreasing([1.0, 1.04, 0.5], "noisy", relSlack: 0.05).Passed);
        Assert.Throws<CheckFailedException>(() => Check.Decreasing([1.0, 1.06, 0.5], "noisy", relSlack: 0.05));
    }
}
