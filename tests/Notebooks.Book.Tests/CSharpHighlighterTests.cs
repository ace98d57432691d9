using System.Net;
using System.Text.RegularExpressions;
using Notebooks.Book.Site;

namespace Notebooks.Book.Tests;

public sealed class CSharpHighlighterTests
{
    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [Theory]
    [InlineData("var x = 1;")]
    [InlineData("#r \"nuget: DeepMath, 0.1.0\"\nusing DeepMath.Checks;")]
    [InlineData("$\"N = {w}: R(f_F) − R* = {Numbers.Format(r - s * s)}\" // a < b && c > d")]
    [InlineData("var s = @\"C:\\path\"\"quoted\"\"\"; var c = '\\''; /* block\ncomment */ double e = 1.5e-3;")]
    [InlineData("var raw = \"\"\"\n  <html> \"quoted\"\n  \"\"\";\nunterminated \"string\nnext line")]
    [InlineData("x => x.Select((_, i) => i * 2).ToArray()\n")]
    public void highlighting_never_loses_or_reorders_a_character(string source) =>
        Assert.Equal(source, Text(CSharpHighlighter.Highlight(source)));

    [Fact]
    public void keywords_strings_comments_numbers_types_and_directives_get_their_classes()
    {
        var html = CSharpHighlighter.Highlight("#r \"nuget: X\"\nvar n = Mlp.Create(1, \"a\"); // note");
        Assert.Contains("<span class=\"d\">#r &quot;nuget: X&quot;</span>", html);
        Assert.Contains("<span class=\"k\">var</span>", html);
        Assert.Contains("<span class=\"t\">Mlp</span>", html);
        Assert.Contains("<span class=\"n\">1</span>", html);
        Assert.Contains("<span class=\"s\">&quot;a&quot;</span>", html);
        Assert.Contains("<span class=\"c\">// note</span>", html);
    }

    [Fact]
    public void an_interpolated_string_with_a_nested_string_is_one_token()
    {
        var html = CSharpHighlighter.Highlight("$\"{string.Join(\", \", xs)} done\";");
        Assert.Contains("<span class=\"s\">$&quot;{string.Join(&quot;, &quot;, xs)} done&quot;</span>", html);
    }

    [Fact]
    public void markup_in_code_is_escaped()
    {
        var html = CSharpHighlighter.Highlight("if (a < b && c > d) {}");
        Assert.DoesNotContain("< b", html);
        Assert.Contains("&lt;", html);
        Assert.Contains("&amp;&amp;", html);
    }
}
