using Notebooks.Book.Site;

namespace Notebooks.Book.Tests;

public sealed class MarkdownHtmlTests
{
    [Fact]
    public void formulas_stay_whole_for_katex_and_markdown_does_not_touch_them()
    {
        var html = new MarkdownHtml().Render("Inline $x_1 * y_2 * z$ and display $$\\sum_{l=1}^{L} a_l < b$$ end.");
        Assert.Contains("<span class=\"math\">\\(x_1 * y_2 * z\\)</span>", html);
        Assert.Contains("\\sum_{l=1}^{L} a_l &lt; b", html);
        Assert.DoesNotContain("<em>", html);
    }

    [Fact]
    public void a_display_formula_over_several_lines_stays_one_formula_even_where_a_line_reads_as_a_list()
    {
        var html = new MarkdownHtml().Render("An identity:\n\n$$a = b\n+ c_1 * d_2\n+ e.$$\n\nAfter. `$$ in code $$` stays code.");
        Assert.Contains("<span class=\"math display\">\\[a = b\n+ c_1 * d_2\n+ e.\\]</span>", html);
        Assert.DoesNotContain("<li>", html);
        Assert.Contains("<code>$$ in code $$</code>", html);
    }

    [Fact]
    public void an_inline_formula_that_wraps_onto_the_next_line_stays_one_formula()
    {
        // Chapter 01 wraps $\lVert f - \Phi \rVert_\infty$ across two lines of its source; Jupyter renders one formula.
        var html = new MarkdownHtml().Render("error $\\lVert f - \\Phi\n\\rVert_{\\infty}$ falls.");
        Assert.Contains("<span class=\"math\">\\(\\lVert f - \\Phi \\rVert_{\\infty}\\)</span>", html);
    }

    [Fact]
    public void formulas_on_two_lines_pair_in_order_and_a_list_between_them_stays_a_list()
    {
        var html = new MarkdownHtml().Render("First $a$ text\n- item $b$ and `$ code` end");
        Assert.Contains("<span class=\"math\">\\(a\\)</span>", html);
        Assert.Contains("<li>item <span class=\"math\">\\(b\\)</span>", html);
        Assert.Contains("<code>$ code</code>", html);
    }

    [Fact]
    public void headings_get_ids_unique_across_the_cells_of_a_page()
    {
        var page = new MarkdownHtml();
        page.Reserve("cell-1");
        page.Render("## 1 · Networks");
        page.Render("## 1 · Networks\n\n### Exercise 0.1 (★) Count");
        var ids = page.Headings.Select(h => h.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("1 · Networks", page.Headings[0].Text);
        Assert.Equal(ids[0] + "-2", ids[1]);
        Assert.Equal([2, 2, 3], page.Headings.Select(h => h.Level));
    }

    [Theory]
    [InlineData("01-approximation.ipynb", "01-approximation.html")]
    [InlineData("../notebooks/03-optimization.ipynb#saddles", "03-optimization.html#saddles")]
    [InlineData("https://arxiv.org/abs/2105.04026", "https://arxiv.org/abs/2105.04026")]
    [InlineData("#section", "#section")]
    [InlineData("../docs/kernel.md", "../docs/kernel.md")]
    public void links_to_chapter_notebooks_point_to_their_pages(string url, string expected) =>
        Assert.Equal(expected, MarkdownHtml.ChapterLink(url));

    [Fact]
    public void a_rendered_link_to_a_chapter_uses_its_page()
    {
        var html = new MarkdownHtml().Render("See [chapter 1](01-approximation.ipynb).");
        Assert.Contains("href=\"01-approximation.html\"", html);
    }
}
