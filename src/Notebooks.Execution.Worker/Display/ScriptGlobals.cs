using Microsoft.AspNetCore.Html;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// Members every cell can call unqualified, as .NET Interactive's <c>using static Kernel</c> provides them.
/// </summary>
/// <remarks>Lower-case names on purpose: they mirror the .NET Interactive helpers notebooks already use.</remarks>
#pragma warning disable CA1822, IDE1006 // instance members and lower-case names are what scripts see
public class ScriptGlobals
{
    /// <summary>Shows <paramref name="value"/> now; the same as <c>value.Display(mimeTypes)</c>.</summary>
    /// <param name="value">Any value.</param>
    /// <param name="mimeTypes">Mime types to format with; none means the preferred ones plus text/plain.</param>
    /// <returns>A handle to update the output.</returns>
    public DisplayedValue display(object? value, params string[] mimeTypes) => value.Display(mimeTypes);

    /// <summary>Wraps raw HTML so that it is shown as HTML, not as an escaped string.</summary>
    /// <param name="html">HTML markup, written as is.</param>
    /// <returns>A value that formats as the given markup under text/html.</returns>
    public IHtmlContent HTML(string html) => new HtmlString(html);
}
#pragma warning restore CA1822, IDE1006
