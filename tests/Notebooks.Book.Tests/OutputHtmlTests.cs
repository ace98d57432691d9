using Notebooks.Book.Site;
using Notebooks.Documents;

namespace Notebooks.Book.Tests;

public sealed class OutputHtmlTests
{
    [Fact]
    public void a_plotly_output_becomes_a_chart_with_its_figure_and_never_its_cdn_html()
    {
        var outputs = new OutputHtml();
        var html = outputs.Render(Chapters.Code("chart", Chapters.Chart()), expectedError: false);
        Assert.Contains("<div class=\"chart\" id=\"chart-1\" data-figure=\"chart-1-figure\"></div>", html);
        Assert.Contains("<script type=\"application/json\" id=\"chart-1-figure\">", html);
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.DoesNotContain("</script><b>", html); // a "</script>" inside the figure cannot end the element
        Assert.Contains("\\u003C/script\\u003E\\u003Cb\\u003Ex", html);
        Assert.Equal(1, outputs.Charts);
    }

    [Fact]
    public void check_lines_become_verdict_rows_and_the_type_header_goes()
    {
        var cell = Chapters.Code("checks", NotebookOutput.ExecuteResult(1, [new("text/plain", $"CheckResult[]\n{Chapters.PassLine}\n{Chapters.FalseLine}")]));
        var html = new OutputHtml().Render(cell, expectedError: false);
        Assert.Contains("<div class=\"check pass\"><span class=\"verdict\">PASS</span><span class=\"claim\">Φ is continuous</span>", html);
        Assert.Contains("<div class=\"check fail\"><span class=\"verdict\">FAIL</span>", html);
        Assert.DoesNotContain("CheckResult[]", html);
        Assert.Equal(2, OutputHtml.ChecksOf(cell).Count());
    }

    [Fact]
    public void html_that_brings_scripts_is_shown_as_its_text_instead()
    {
        var cell = Chapters.Code("x", NotebookOutput.DisplayData([new("text/html", "<script>fetch('https://x')</script>"), new("text/plain", "plain words")]));
        var html = new OutputHtml().Render(cell, expectedError: false);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<pre class=\"output result\">plain words</pre>", html);
    }

    [Fact]
    public void plain_html_tables_are_kept_and_streams_are_escaped()
    {
        var cell = Chapters.Code("x",
            NotebookOutput.Stream("stdout", "a < b\n"),
            NotebookOutput.DisplayData([new("text/html", "<table><tr><td>1</td></tr></table>"), new("text/plain", "1")]));
        var html = new OutputHtml().Render(cell, expectedError: false);
        Assert.Contains("<pre class=\"output stream stdout\">a &lt; b</pre>", html);
        Assert.Contains("<div class=\"output html\"><table>", html);
    }

    [Fact]
    public void an_expected_error_is_labelled_as_such_and_a_failed_check_in_it_shows_as_fail()
    {
        var cell = Chapters.Code("x", NotebookOutput.Error("DeepMath.Checks.CheckFailedException", Chapters.FalseLine, ["trace line 1", "trace line 2"]));
        var expected = new OutputHtml().Render(cell, expectedError: true);
        var unexpected = new OutputHtml().Render(cell, expectedError: false);
        Assert.Contains("Expected error", expected);
        Assert.Contains("class=\"output error expected\"", expected);
        Assert.Contains("Error: this cell failed", unexpected);
        Assert.Contains("<span class=\"verdict\">FAIL</span>", unexpected);
        Assert.Contains("trace line 1\ntrace line 2", unexpected);
    }
}
