using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// Formats Math.NET <c>Vector&lt;T&gt;</c> and <c>Matrix&lt;T&gt;</c> (double and float) as small tables, found by
/// reflection, instead of the default object tree that dumps their storage.
/// </summary>
/// <remarks>text/plain is Math.NET's own <c>ToString()</c>, which is already a readable, elided grid.</remarks>
internal static class MathNetFormatter
{
    private const int MaxShown = 20;

    public static void Register(Assembly mathNet)
    {
        foreach (var element in new[] { typeof(double), typeof(float) })
        {
            var vector = mathNet.GetType("MathNet.Numerics.LinearAlgebra.Vector`1")?.MakeGenericType(element);
            var matrix = mathNet.GetType("MathNet.Numerics.LinearAlgebra.Matrix`1")?.MakeGenericType(element);
            if (vector is not null)
            {
                Formatter.Register(vector, (v, w) => w.Write(VectorHtml(v)), "text/html");
                Formatter.Register(vector, (v, w) => w.Write(v.ToString()), ValueFormatter.PlainText);
                Formatter.SetPreferredMimeTypesFor(vector, "text/html");
            }

            if (matrix is not null)
            {
                Formatter.Register(matrix, (m, w) => w.Write(MatrixHtml(m)), "text/html");
                Formatter.Register(matrix, (m, w) => w.Write(m.ToString()), ValueFormatter.PlainText);
                Formatter.SetPreferredMimeTypesFor(matrix, "text/html");
            }
        }
    }

    private static string VectorHtml(object vector)
    {
        var type = vector.GetType();
        var count = (int)type.GetProperty("Count")!.GetValue(vector)!;
        var at = type.GetMethod("At", [typeof(int)])!;
        var html = new StringBuilder(Caption(type, $"{count} elements"));
        html.Append("<table><thead><tr>");
        for (var i = 0; i < Math.Min(count, MaxShown); i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{i}</th>");
        }

        html.Append(count > MaxShown ? "<th>…</th>" : string.Empty).Append("</tr></thead><tbody><tr>");
        for (var i = 0; i < Math.Min(count, MaxShown); i++)
        {
            html.Append("<td>").Append(Number(at.Invoke(vector, [i]))).Append("</td>");
        }

        html.Append(count > MaxShown ? $"<td><i>({count - MaxShown} more)</i></td>" : string.Empty);
        return html.Append("</tr></tbody></table>").ToString();
    }

    private static string MatrixHtml(object matrix)
    {
        var type = matrix.GetType();
        var rows = (int)type.GetProperty("RowCount")!.GetValue(matrix)!;
        var columns = (int)type.GetProperty("ColumnCount")!.GetValue(matrix)!;
        var at = type.GetMethod("At", [typeof(int), typeof(int)])!;
        var html = new StringBuilder(Caption(type, $"{rows}×{columns}"));
        html.Append("<table><thead><tr><th></th>");
        for (var j = 0; j < Math.Min(columns, MaxShown); j++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{j}</th>");
        }

        html.Append(columns > MaxShown ? "<th>…</th>" : string.Empty).Append("</tr></thead><tbody>");
        for (var i = 0; i < Math.Min(rows, MaxShown); i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{i}</th>");
            for (var j = 0; j < Math.Min(columns, MaxShown); j++)
            {
                html.Append("<td>").Append(Number(at.Invoke(matrix, [i, j]))).Append("</td>");
            }

            html.Append(columns > MaxShown ? "<td>…</td>" : string.Empty).Append("</tr>");
        }

        if (rows > MaxShown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{Math.Min(columns, MaxShown) + 2}\"><i>({rows - MaxShown} more rows)</i></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Caption(Type type, string shape) =>
        $"<div><i>{WebUtility.HtmlEncode(type.Name)} {shape}</i></div>";

    private static string Number(object? value) => value switch
    {
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        _ => WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
