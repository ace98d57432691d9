using System.Globalization;
using System.Numerics;

namespace Notebooks.Documents.Json;

/// <summary>Spells a double as Python's <c>repr</c>, JavaScript's <c>toString</c> or .NET's round-trip format.</summary>
/// <remarks>
/// Integral values below 1e21 are written as integers in every format: Python then reads an int and writes it back
/// unchanged, and JavaScript prints them the same way. Non-finite values have no JSON spelling and become null, as
/// <c>JSON.stringify</c> does.
/// </remarks>
internal static class JsonNumbers
{
    public static string Format(double value, JsonNumberFormat format)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return new BigInteger(value).ToString(CultureInfo.InvariantCulture);
        }

        if (format == JsonNumberFormat.DotNet)
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        var (digits, n) = ShortestDigits(Math.Abs(value));
        var text = format == JsonNumberFormat.Python ? Python(digits, n) : JavaScript(digits, n);
        return value < 0 ? "-" + text : text;
    }

    /// <summary>The shortest round-trip digits d1..dk and n such that the value is 0.d1..dk × 10^n.</summary>
    private static (string Digits, int N) ShortestDigits(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.');
        var integer = dot < 0 ? r : r[..dot];
        var all = dot < 0 ? r : integer + r[(dot + 1)..];
        var digits = all.TrimStart('0');
        var n = integer.Length + exponent - (all.Length - digits.Length);
        return (digits.TrimEnd('0'), n);
    }

    private static string Python(string digits, int n)
    {
        var x = n - 1;
        if (x is >= -4 and < 16)
        {
            return n <= 0 ? "0." + new string('0', -n) + digits : digits[..n] + "." + digits[n..];
        }

        return Mantissa(digits) + "e" + (x < 0 ? "-" : "+") + Math.Abs(x).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string JavaScript(string digits, int n)
    {
        if (n is > 0 and <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (n is > -6 and <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var x = n - 1;
        return Mantissa(digits) + "e" + (x < 0 ? "-" : "+") + Math.Abs(x).ToString(CultureInfo.InvariantCulture);
    }

    private static string Mantissa(string digits) => digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
}
