using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// Formats a Plotly.NET <c>GenericChart</c> as interactive HTML (what Plotly.NET.Interactive registers) and as
/// <c>application/vnd.plotly.v1+json</c> (data and layout), found by reflection.
/// </summary>
/// <remarks>
/// Plotly.NET writes a fresh GUID into each chart's div id. We replace it with one derived from the figure and
/// the chart's ordinal in this worker, so running a notebook twice gives byte-identical outputs while two charts
/// on one page still get distinct ids.
/// </remarks>
internal static partial class PlotlyFormatter
{
    public const string PlotlyMime = "application/vnd.plotly.v1+json";
    private static int _charts;
    private static Func<object, object> _forDisplay = value => value;

    /// <summary>A chart ready to be formatted in several mime types at the cost of one (see PlotlyTemplates); other values as they are.</summary>
    public static object? ForDisplay(object? value) => value is null ? null : _forDisplay(value);

    public static void Register(Assembly plotly)
    {
        var chartType = plotly.GetType("Plotly.NET.GenericChart");
        // F# compiles the module GenericChart that sits beside the type GenericChart as GenericChartModule.
        var module = plotly.GetType("Plotly.NET.GenericChartModule") ?? chartType;
        var toHtml = module?.GetMethod("toChartHTML", BindingFlags.Public | BindingFlags.Static);
        var toFigureJson = module?.GetMethod("toFigureJson", BindingFlags.Public | BindingFlags.Static);
        if (chartType is null || toHtml is null || toFigureJson is null)
        {
            return; // a Plotly.NET we do not know; charts then fall back to the default object formatter
        }

        if (PlotlyTemplates.Create(plotly, module!) is { } templates)
        {
            _forDisplay = value => chartType.IsInstanceOfType(value) ? templates.WithSerializedTemplate(value) : value;
        }

        Formatter.Register(chartType, (chart, writer) => writer.Write(Html(chart, toHtml)), "text/html");
        Formatter.Register(chartType, (chart, writer) => writer.Write(FigureJson(chart, toFigureJson)), PlotlyMime);
        Formatter.Register(chartType, (_, writer) => writer.Write("Plotly.NET chart"), ValueFormatter.PlainText);
        Formatter.SetPreferredMimeTypesFor(chartType, "text/html", PlotlyMime);
    }

    private static string FigureJson(object chart, MethodInfo toFigureJson)
    {
        var figure = JsonNode.Parse((string)toFigureJson.Invoke(null, [chart])!)!.AsObject();
        // Frames are always empty in Plotly.NET; the mime bundle carries data and layout.
        return new JsonObject { ["data"] = figure["data"]?.DeepClone(), ["layout"] = figure["layout"]?.DeepClone() }
            .ToJsonString();
    }

    private static string Html(object chart, MethodInfo toHtml)
    {
        var html = (string)toHtml.Invoke(null, [chart])!;
        var match = DivId().Match(html);
        if (!match.Success)
        {
            return html;
        }

        // The seed is the HTML with its random id taken out, which holds the figure's data and layout: hashing it
        // costs less than serializing the figure once more.
        var random = match.Groups[1].Value;
        var compact = random.Replace("-", string.Empty, StringComparison.Ordinal);
        var ordinal = Interlocked.Increment(ref _charts);
        var seed = Encoding.UTF8.GetBytes(ordinal + "\n" + html.Replace(random, string.Empty, StringComparison.Ordinal)
            .Replace(compact, string.Empty, StringComparison.Ordinal));
        var stable = new Guid(SHA256.HashData(seed).AsSpan(0, 16)).ToString();
        return html.Replace(random, stable, StringComparison.Ordinal)
            .Replace(compact, stable.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"")]
    private static partial Regex DivId();
}
