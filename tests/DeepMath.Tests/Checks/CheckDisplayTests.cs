using DeepMath.Checks;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepMath.Tests.Checks;

// The oracle is .NET Interactive's own formatter, the one Polyglot Notebooks and the kit's worker use.
public class CheckDisplayTests
{
    private static readonly CheckResult Passing = Check.Close(-0.498, -0.5, 0.1, "rate");

    [Fact]
    public void a_check_displays_as_its_one_line_verdict_in_plain_text()
    {
        Assert.Equal("rate: measured -0.498, predicted -0.5, tolerance relative 0.1: PASS",
            Passing.ToDisplayString("text/plain"));
    }

    [Fact]
    public void a_check_prefers_plain_text_so_a_cell_shows_one_line_not_a_property_table()
    {
        Assert.Equal("text/plain", Formatter.GetPreferredMimeTypesFor(typeof(CheckResult)).First());
    }

    [Fact]
    public void a_check_in_html_is_the_same_line_escaped()
    {
        var check = Check.AtMost(0.5, 1, "a < b");
        Assert.Equal("<pre class=\"deepmath-check\">a &lt; b: measured 0.5, predicted ≤ 1: PASS</pre>",
            check.ToDisplayString("text/html"));
    }
}
