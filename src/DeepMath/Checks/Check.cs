using static DeepMath.Checks.Numbers;

namespace DeepMath.Checks;

/// <summary>
/// Visible checks for chapters: each compares a measurement with what theory predicts, returns a one-line verdict
/// that a notebook cell displays, and throws <see cref="CheckFailedException"/> when the two disagree.
/// </summary>
/// <remarks>
/// The tolerance comes from the theory (a rate's constant, a confidence bound) and is stated in the chapter's prose;
/// it is never widened to make a check pass. Numbers print with <see cref="Numbers.SignificantDigits"/> significant
/// digits so outputs are stable. NaN never passes. Introduced in chapter 00 (foundations); used by every chapter.
/// </remarks>
public static class Check
{
    /// <summary>Passes when <paramref name="measured"/> is within a relative (or absolute) tolerance of <paramref name="predicted"/>.</summary>
    /// <param name="measured">The measured value, e.g. a fitted log-log slope of -0.49.</param>
    /// <param name="predicted">The theoretical value, e.g. -0.5.</param>
    /// <param name="relTol">Allowed |measured - predicted| as a fraction of |predicted|, e.g. 0.1 for 10 %.</param>
    /// <param name="because">The claim being checked, e.g. "Maurey: L2 error ~ n^-1/2".</param>
    /// <param name="absTol">Allowed absolute deviation, used when larger than the relative one (needed when predicted is 0); typically 0.</param>
    /// <returns>The passing verdict, e.g. "Maurey: L2 error ~ n^-1/2: measured -0.49, predicted -0.5, tolerance relative 0.1: PASS".</returns>
    /// <exception cref="CheckFailedException">When |measured - predicted| exceeds max(relTol·|predicted|, absTol) or measured is NaN.</exception>
    public static CheckResult Close(double measured, double predicted, double relTol, string because, double absTol = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relTol);
        ArgumentOutOfRangeException.ThrowIfNegative(absTol);
        var allowed = Math.Max(relTol * Math.Abs(predicted), absTol);
        var tolerance = absTol == 0 ? $"relative {Format(relTol)}"
            : relTol == 0 ? $"absolute {Format(absTol)}"
            : $"relative {Format(relTol)} or absolute {Format(absTol)}";
        var passed = Math.Abs(measured - predicted) <= allowed;
        return Verify(new CheckResult(because, Format(measured), Format(predicted), tolerance, passed));
    }

    /// <summary>Passes when <paramref name="measured"/> ≤ <paramref name="bound"/>, e.g. an error below a theorem's upper bound.</summary>
    /// <param name="measured">The measured value, e.g. a test error of 0.031.</param>
    /// <param name="bound">The upper bound theory gives, e.g. 0.144.</param>
    /// <param name="because">The claim, e.g. "Hoeffding + union bound, delta = 0.05".</param>
    /// <returns>The passing verdict, e.g. "…: measured 0.031, predicted ≤ 0.144: PASS".</returns>
    /// <exception cref="CheckFailedException">When measured exceeds the bound or is NaN.</exception>
    public static CheckResult AtMost(double measured, double bound, string because) =>
        Verify(new CheckResult(because, Format(measured), $"≤ {Format(bound)}", "", measured <= bound));

    /// <summary>Passes when <paramref name="measured"/> ≥ <paramref name="bound"/>, e.g. an accuracy above a floor or an error above a lower bound.</summary>
    /// <param name="measured">The measured value, e.g. a training accuracy of 0.99.</param>
    /// <param name="bound">The lower bound, e.g. 0.95.</param>
    /// <param name="because">The claim, e.g. "a width-64 MLP fits two spirals".</param>
    /// <returns>The passing verdict, e.g. "…: measured 0.99, predicted ≥ 0.95: PASS".</returns>
    /// <exception cref="CheckFailedException">When measured is below the bound or is NaN.</exception>
    public static CheckResult AtLeast(double measured, double bound, string because) =>
        Verify(new CheckResult(because, Format(measured), $"≥ {Format(bound)}", "", measured >= bound));

    /// <summary>Passes when <paramref name="lo"/> ≤ <paramref name="measured"/> ≤ <paramref name="hi"/>.</summary>
    /// <param name="measured">The measured value, e.g. a ratio n·MSE/C² of 0.93.</param>
    /// <param name="lo">Smallest value theory allows, e.g. 0.67.</param>
    /// <param name="hi">Largest value theory allows, e.g. 1.5.</param>
    /// <param name="because">The claim, e.g. "Maurey constant: n·MSE ≈ C²".</param>
    /// <returns>The passing verdict, e.g. "…: measured 0.93, predicted in [0.67, 1.5]: PASS".</returns>
    /// <exception cref="CheckFailedException">When measured lies outside [lo, hi] or is NaN.</exception>
    public static CheckResult Within(double measured, double lo, double hi, string because)
    {
        if (lo > hi) throw new ArgumentException($"Empty interval [{lo}, {hi}].", nameof(lo));
        var passed = lo <= measured && measured <= hi;
        return Verify(new CheckResult(because, Format(measured), $"in [{Format(lo)}, {Format(hi)}]", "", passed));
    }

    /// <summary>Passes when two integers are equal, e.g. a counted number of linear pieces against 2^k.</summary>
    /// <param name="measured">The counted value, e.g. 1024.</param>
    /// <param name="predicted">The exact prediction, e.g. 1 &lt;&lt; 10.</param>
    /// <param name="because">The claim, e.g. "the sawtooth g_k has 2^k pieces".</param>
    /// <returns>The passing verdict, e.g. "…: measured 1024, predicted 1024: PASS".</returns>
    /// <exception cref="CheckFailedException">When the two differ.</exception>
    public static CheckResult Equal(long measured, long predicted, string because) =>
        Verify(new CheckResult(because, measured.ToString(System.Globalization.CultureInfo.InvariantCulture),
            predicted.ToString(System.Globalization.CultureInfo.InvariantCulture), "", measured == predicted));

    /// <summary>Passes when every value is at most its predecessor (plus a relative slack), e.g. a loss curve of gradient descent.</summary>
    /// <param name="values">The sequence, in order, e.g. a loss recorded every 100 steps; at least two values.</param>
    /// <param name="because">The claim, e.g. "GD with step 1/L decreases the loss monotonically".</param>
    /// <param name="relSlack">Allowed rise as a fraction of the previous |value|, for noisy sequences; typically 0.</param>
    /// <returns>The passing verdict, e.g. "…: measured 50 values from 2.303 to 0.0123, predicted non-increasing: PASS".</returns>
    /// <exception cref="CheckFailedException">When some value rises above its predecessor by more than the slack, or is NaN.</exception>
    public static CheckResult Decreasing(IReadOnlyList<double> values, string because, double relSlack = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2) throw new ArgumentException("Need at least two values to speak of decrease.", nameof(values));
        ArgumentOutOfRangeException.ThrowIfNegative(relSlack);
        var tolerance = relSlack == 0 ? "" : $"relative rise {Format(relSlack)}";
        for (var i = 1; i < values.Count; i++)
        {
            var allowed = values[i - 1] + relSlack * Math.Abs(values[i - 1]);
            if (!(values[i] <= allowed))
            {
                var measured = $"rise at index {i} from {Format(values[i - 1])} to {Format(values[i])}";
                return Verify(new CheckResult(because, measured, "non-increasing", tolerance, false));
            }
        }
        var summary = $"{values.Count} values from {Format(values[0])} to {Format(values[^1])}";
        return Verify(new CheckResult(because, summary, "non-increasing", tolerance, true));
    }

    private static CheckResult Verify(CheckResult result) =>
        result.Passed ? result : throw new CheckFailedException(result);
}
