using System.Globalization;
using Notebooks.Documents.Json;

namespace Notebooks.Documents.Tests;

/// <summary>New numbers are spelt as Python's json.dumps and JavaScript's JSON.stringify spell them.</summary>
public sealed class JsonNumbersTests
{
    [Fact]
    public void python_spelling_matches_python_for_random_and_edge_doubles()
    {
        // Seeded: edge values plus 300 random doubles over 600 orders of magnitude.
        var random = new Random(20251123);
        var values = new List<double> { 0.1, 1e-05, 1e-4, 1.5e-7, 123.456, 1e15 + 0.5, 4.35e-300, double.Epsilon, double.MaxValue, 2.5, -0.001, 1e16, 1e22 };
        for (var i = 0; i < 300; i++)
        {
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)));
        }

        var input = string.Join("\n", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        var expected = Python.Run(
            "import sys, json\n" +
            "for line in sys.argv[1].split('\\n'):\n" +
            "    v = float(line)\n" +
            "    print(json.dumps(int(v) if v.is_integer() and abs(v) < 1e21 else v))",
            input).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, values.Select(v => JsonNumbers.Format(v, JsonNumberFormat.Python)));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "0.00001")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-2.5e-300, "-2.5e-300")]
    [InlineData(1e20, "100000000000000000000")]
    public void javascript_spelling_follows_number_to_string(double value, string expected)
    {
        Assert.Equal(expected, JsonNumbers.Format(value, JsonNumberFormat.JavaScript));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void non_finite_numbers_become_null(double value)
    {
        Assert.Equal("null", JsonNumbers.Format(value, JsonNumberFormat.Python));
    }
}
