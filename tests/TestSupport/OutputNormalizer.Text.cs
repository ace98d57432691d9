using System.Globalization;
using System.Text.RegularExpressions;

namespace TestSupport;

public sealed partial class OutputNormalizer
{
    /// <summary>Rewrites every floating-point literal in <paramref name="text"/> to <paramref name="digits"/> significant digits.</summary>
    /// <param name="text">Text such as "loss 0.693147182 → 0.0123456789".</param>
    /// <param name="digits">Significant digits, 1 to 17; typically <see cref="SignificantDigits"/> (6).</param>
    /// <returns>The text with "loss 0.693147 → 0.0123457"; integers and dotted versions (0.107.0) unchanged.</returns>
    /// <remarks>A literal has a decimal point with digits on both sides or an exponent (<c>1e-05</c>, <c>1.2E+06</c>);
    /// it is not part of a word, an identifier or a dotted sequence.</remarks>
    public static string RoundNumbers(string text, int digits = SignificantDigits)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FloatLiteral().Replace(text, m =>
            double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? FormatSignificant(value, digits)
                : m.Value);
    }

    /// <summary>Formats a number with <paramref name="digits"/> significant digits, culture-invariant; -0 and 0 give "0".</summary>
    /// <param name="value">The number, e.g. 0.123456789.</param>
    /// <param name="digits">Significant digits, 1 to 17; typically <see cref="SignificantDigits"/>.</param>
    /// <returns>E.g. "0.123457", "1.23457E-05", "NaN".</returns>
    public static string FormatSignificant(double value, int digits = SignificantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 17);
        return value == 0 ? "0" : value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private string NormalizeText(string text, Scope scope)
    {
        foreach (var (path, placeholder) in _paths)
        {
            // Whole folder names only: /work/main must not touch /work/mainline.
            text = Regex.Replace(text, Regex.Escape(path) + @"(?![\w.-])", placeholder.Replace("$", "$$", StringComparison.Ordinal));
        }

        text = Guid().Replace(text, m => scope.Placeholder(scope.Guids, m.Value.Replace("-", string.Empty, StringComparison.Ordinal), "guid"));
        text = HexAddress().Replace(text, "0x<addr>");
        text = Duration().Replace(text, "<elapsed>");
        text = ClockDuration().Replace(text, "<elapsed>");
        return RoundNumbers(text);
    }

    // 8-4-4-4-12 hex, or the same 32 digits without dashes (Plotly's renderPlotly_<guid> function name).
    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32})(?![0-9A-Fa-f])")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b0x[0-9A-Fa-f]{4,16}\b")]
    private static partial Regex HexAddress();

    // "12.3ms", "4.2 s", "250 µs", "1.5 seconds": a number directly followed by a unit of elapsed time.
    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?\s?(?:ns|µs|μs|us|ms|s|sec|secs|seconds?)\b")]
    private static partial Regex Duration();

    // TimeSpan's default format with a fraction: "00:00:01.2345678".
    [GeneratedRegex(@"\b\d{1,2}:\d{2}:\d{2}\.\d{1,7}\b")]
    private static partial Regex ClockDuration();

    [GeneratedRegex(@"(?<![\w.])-?(?:\d+\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)(?![\w]|\.\d)")]
    private static partial Regex FloatLiteral();
}
