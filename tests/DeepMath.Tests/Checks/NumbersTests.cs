using DeepMath.Checks;

namespace DeepMath.Tests.Checks;

public class NumbersTests
{
    [Theory]
    [InlineData(0.123456, "0.1235")]
    [InlineData(1797, "1797")]
    [InlineData(123456, "1.235E+05")]
    [InlineData(1.23456e-5, "1.235E-05")]
    [InlineData(-0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void numbers_print_with_four_significant_digits_independent_of_culture(double value, string expected)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal(expected, Numbers.Format(value));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
