using System.Diagnostics;
using System.Globalization;

namespace Benchmarks;

/// <summary>One line of the report: what was measured, the figure, and the goal or reference it is read against.</summary>
internal sealed record Row(string Section, string What, string Value, string Against = "");

/// <summary>Small statistics and formatting helpers shared by the sections.</summary>
internal static class Measure
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    /// <summary>The p-quantile by linear interpolation between order statistics (p = 0.95 for p95).</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
        var sorted = values.Order().ToList();
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    public static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    public static string Ms(double ms) => ms.ToString("F1", Invariant) + " ms";

    public static string S(double s) => s.ToString("F1", Invariant) + " s";

    public static string F(double value, string format = "F1") => value.ToString(format, Invariant);

    /// <summary>Tells the person waiting what is running (stderr, so the table on stdout stays clean).</summary>
    public static void Progress(string text) => Console.Error.WriteLine($"bench: {text}");
}
