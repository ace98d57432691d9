using System.Globalization;

namespace DeepMath.Checks;

/// <summary>Formats numbers to a fixed number of significant digits so that printed outputs are stable across runs and machines.</summary>
public static class Numbers
{
    /// <summary>The number of significant digits checks print: 4.</summary>
    public const int SignificantDigits = 4;

    /// <summary>Formats <paramref name="value"/> with <paramref name="digits"/> significant digits, culture-invariant.</summary>
    /// <param name="value">The number to format, e.g. 0.123456 (prints "0.1235").</param>
    /// <param name="digits">Significant digits, 1 to 17; typically <see cref="SignificantDigits"/> (4).</param>
    /// <returns>The text, e.g. "0.1235", "1797", "1.235E-05", "NaN" or "∞".</returns>
    public static string Format(double value, int digits = SignificantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 17);
        if (double.IsPositiveInfinity(value)) return "∞";
        if (double.IsNegativeInfinity(value)) return "-∞";
        if (value == 0) return "0"; // also turns -0 into 0
        return value.ToString("G" + digits, CultureInfo.InvariantCulture);
    }
}
