using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Book.Site;

/// <summary>
/// Renders a code cell's outputs: streams as text, checks as verdict rows, Plotly figures as charts drawn by the
/// site's copy of plotly.js, HTML as HTML, images inline, errors with their traceback.
/// </summary>
/// <remarks>
/// A Plotly output's text/html loads plotly.js from a CDN, so the page uses the figure's JSON
/// (<c>application/vnd.plotly.v1+json</c>) instead: a <c>div.chart</c> and the figure in a
/// <c>script type="application/json"</c> beside it, which <c>book.js</c> draws.
/// </remarks>
internal sealed class OutputHtml
{
    public const string PlotlyMime = "application/vnd.plotly.v1+json";
    private int _charts;

    /// <summary>How many charts this page has so far.</summary>
    public int Charts => _charts;

    /// <summary>Every check verdict in the outputs of one cell, in order (text results, streams and errors).</summary>
    public static IEnumerable<CheckLine> ChecksOf(CodeCell cell)
    {
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            foreach (var line in TextLines(output))
            {
                if (CheckLine.Parse(line) is { } check) yield return check;
            }
        }
    }

    /// <summary>The HTML of every output of <paramref name="cell"/>.</summary>
    /// <param name="cell">An executed code cell.</param>
    /// <param name="expectedError">True when the cell is tagged raises-exception: its error is part of the lesson.</param>
    public string Render(CodeCell cell, bool expectedError)
    {
        var html = new StringBuilder();
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            html.Append(Render(output, expectedError));
        }

        return html.ToString();
    }

    private string Render(JsonObject output, bool expectedError)
    {
        var type = output["output_type"]?.GetValue<string>();
        switch (type)
        {
            case "stream":
                var name = output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";
                return Text(NotebookText.Read(output["text"]), $"output stream {name}");
            case "error":
                return Error(output, expectedError);
            case "display_data" or "execute_result" when output["data"] is JsonObject data:
                return Bundle(data);
            default:
                return string.Empty;
        }
    }

    private string Bundle(JsonObject data)
    {
        if (data[PlotlyMime] is JsonObject figure)
        {
            var id = $"chart-{++_charts}";
            return $"<figure class=\"output chart-output\"><div class=\"chart\" id=\"{id}\" data-figure=\"{id}-figure\"></div>"
                + $"<script type=\"application/json\" id=\"{id}-figure\">{Html.ScriptJson(figure.ToJsonString())}</script></figure>\n";
        }

        var plain = data["text/plain"] is { } p ? NotebookText.Read(p) : null;
        if (plain is not null && plain.Split('\n').Any(l => CheckLine.Parse(l) is not null))
        {
            return Checks(plain);
        }

        foreach (var image in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data[image] is { } bytes)
            {
                var base64 = NotebookText.Read(bytes).Replace("\n", "", StringComparison.Ordinal);
                return $"<div class=\"output image\"><img alt=\"output\" src=\"data:{image};base64,{base64}\"></div>\n";
            }
        }

        if (data["image/svg+xml"] is { } svg && !NotebookText.Read(svg).Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            return $"<div class=\"output image\">{NotebookText.Read(svg)}</div>\n";
        }

        // HTML that brings its own scripts (say, a chart without its JSON) would reach for the network: use text.
        if (data["text/html"] is { } h && NotebookText.Read(h) is var markup
            && !markup.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            return $"<div class=\"output html\">{markup}</div>\n";
        }

        return plain is null ? string.Empty : Text(plain, "output result");
    }

    private static string Checks(string plain)
    {
        var html = new StringBuilder("<div class=\"output checks\">");
        foreach (var line in plain.Split('\n'))
        {
            if (CheckLine.Parse(line) is { } check)
            {
                html.Append(CheckRow(check));
            }
            else if (line.Trim() is { Length: > 0 } other && other != "CheckResult[]" && other != "CheckResult")
            {
                html.Append("<pre class=\"check-note\">").Append(Html.Escape(other)).Append("</pre>");
            }
        }

        return html.Append("</div>\n").ToString();
    }

    /// <summary>One verdict as a row: the badge, the claim, then measured against predicted.</summary>
    public static string CheckRow(CheckLine check)
    {
        var verdict = check.Passed ? "pass" : "fail";
        var tolerance = check.Tolerance.Length == 0 ? "" : $"<span class=\"tolerance\">tolerance {Html.Escape(check.Tolerance)}</span>";
        return $"<div class=\"check {verdict}\"><span class=\"verdict\">{check.Verdict}</span>"
            + $"<span class=\"claim\">{Html.Escape(check.Claim)}</span>"
            + $"<span class=\"numbers\">measured <b>{Html.Escape(check.Measured)}</b>, predicted <b>{Html.Escape(check.Predicted)}</b>{tolerance}</span></div>";
    }

    private static string Error(JsonObject output, bool expected)
    {
        var name = output["ename"]?.GetValue<string>() ?? "Error";
        var value = output["evalue"]?.GetValue<string>() ?? "";
        var traceback = output["traceback"] is JsonArray lines ? string.Join("\n", lines.Select(l => l?.GetValue<string>() ?? "")) : $"{name}: {value}";
        var label = expected
            ? "<div class=\"error-label\">Expected error: this cell is tagged <code>raises-exception</code>.</div>"
            : "<div class=\"error-label\">Error: this cell failed.</div>";
        var check = CheckLine.Parse(value) is { } failed ? $"<div class=\"output checks\">{CheckRow(failed)}</div>" : "";
        return $"<div class=\"output error{(expected ? " expected" : "")}\">{label}{check}<pre>{Html.Escape(traceback)}</pre></div>\n";
    }

    private static string Text(string text, string cssClass) =>
        text.Length == 0 ? string.Empty : $"<pre class=\"{cssClass}\">{Html.Escape(text.TrimEnd('\n'))}</pre>\n";

    private static IEnumerable<string> TextLines(JsonObject output)
    {
        var text = output["output_type"]?.GetValue<string>() switch
        {
            "stream" => NotebookText.Read(output["text"]),
            "error" => output["evalue"]?.GetValue<string>() ?? "",
            _ when output["data"] is JsonObject data && data["text/plain"] is { } plain => NotebookText.Read(plain),
            _ => "",
        };
        return text.Split('\n');
    }
}
