namespace DeepMath.Checks;

/// <summary>The verdict of one visible check: the claim, what was measured, what theory predicts, and whether they agree.</summary>
/// <param name="Claim">What the check asserts, in words, e.g. "Thm 3.2: error ~ n^-1/2".</param>
/// <param name="Measured">The measured quantity, already formatted to <see cref="Numbers.SignificantDigits"/> digits, e.g. "0.9712".</param>
/// <param name="Predicted">The prediction it is held against, formatted, e.g. "1" or "in [0.4, 0.6]".</param>
/// <param name="Tolerance">The allowed deviation and its kind, e.g. "relative 0.1"; empty when the prediction is a bound.</param>
/// <param name="Passed">True when the measurement agrees with the prediction.</param>
/// <remarks>
/// <see cref="ToString"/> gives the one line a notebook cell shows as its result, so a check as the last expression of
/// a cell prints its own verdict. Introduced with the visible-check convention in chapter 00 (foundations).
/// </remarks>
[TypeFormatterSource(typeof(CheckResultFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed record CheckResult(string Claim, string Measured, string Predicted, string Tolerance, bool Passed)
{
    /// <summary>The verdict word: "PASS" or "FAIL".</summary>
    public string Verdict => Passed ? "PASS" : "FAIL";

    /// <summary>One line: "claim: measured …, predicted …, tolerance …: PASS".</summary>
    /// <returns>The line a notebook shows, e.g. "rate: measured -0.4981, predicted -0.5, tolerance relative 0.1: PASS".</returns>
    public override string ToString()
    {
        var tolerance = Tolerance.Length == 0 ? "" : $", tolerance {Tolerance}";
        return $"{Claim}: measured {Measured}, predicted {Predicted}{tolerance}: {Verdict}";
    }
}
