using System.Text.RegularExpressions;

namespace Notebooks.Book.Site;

/// <summary>
/// One verdict line that a chapter printed with <c>DeepMath.Checks.Check</c>:
/// <c>claim: measured …, predicted …[, tolerance …]: PASS</c> (or <c>FAIL</c>).
/// </summary>
/// <param name="Claim">What was checked.</param>
/// <param name="Measured">The measured value as printed.</param>
/// <param name="Predicted">The prediction as printed.</param>
/// <param name="Tolerance">The tolerance as printed, or empty.</param>
/// <param name="Passed">True for PASS.</param>
internal sealed partial record CheckLine(string Claim, string Measured, string Predicted, string Tolerance, bool Passed)
{
    /// <summary>The verdict word.</summary>
    public string Verdict => Passed ? "PASS" : "FAIL";

    /// <summary>Reads a printed line; null when it is not a check's verdict.</summary>
    public static CheckLine? Parse(string line)
    {
        var match = Pattern().Match(line.TrimEnd('\r'));
        return match.Success
            ? new CheckLine(match.Groups["claim"].Value, match.Groups["measured"].Value, match.Groups["predicted"].Value,
                match.Groups["tolerance"].Value, match.Groups["verdict"].Value == "PASS")
            : null;
    }

    // The claim may itself contain ": " (e.g. "Φ is continuous: …"), so the measured part is found from the right:
    // the last ": measured " before the verdict.
    [GeneratedRegex(@"^(?<claim>.+): measured (?<measured>.+?), predicted (?<predicted>.+?)(?:, tolerance (?<tolerance>.+?))?: (?<verdict>PASS|FAIL)$")]
    private static partial Regex Pattern();
}
