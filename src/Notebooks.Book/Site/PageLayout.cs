using System.Text;

namespace Notebooks.Book.Site;

/// <summary>The frame of every page: head, the bar with the chapters, the footer, the scripts.</summary>
internal static class PageLayout
{
    /// <summary>A link in the top bar: the chapter's page and its short label.</summary>
    public sealed record NavItem(string Href, string Label, string Title);

    public static string Page(string bookTitle, string pageTitle, string currentHref, IReadOnlyList<NavItem> chapters,
        string main, string footer, bool hasMath, bool hasCharts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(pageTitle)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n"); // no icon, and no request for /favicon.ico
        if (hasMath) html.Append("<link rel=\"stylesheet\" href=\"").Append(SiteAssets.KatexCss).Append("\">\n");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(SiteAssets.BookCss).Append("\">\n</head>\n<body>\n")
            .Append("<header class=\"site-bar\"><a class=\"home\" href=\"index.html\">").Append(Html.Escape(bookTitle)).Append("</a>\n<nav class=\"chapters\">");
        foreach (var item in chapters)
        {
            var current = item.Href == currentHref ? " aria-current=\"page\"" : "";
            html.Append("<a href=\"").Append(item.Href).Append('"').Append(current).Append(" title=\"").Append(Html.Escape(item.Title)).Append("\">")
                .Append(Html.Escape(item.Label)).Append("</a>");
        }

        html.Append("</nav></header>\n").Append(main)
            .Append("<footer class=\"site-footer\">").Append(footer).Append("</footer>\n");
        if (hasMath) html.Append("<script src=\"").Append(SiteAssets.KatexJs).Append("\"></script>\n");
        if (hasCharts) html.Append("<script src=\"").Append(SiteAssets.PlotlyJs).Append("\"></script>\n");
        html.Append("<script src=\"").Append(SiteAssets.BookJs).Append("\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
