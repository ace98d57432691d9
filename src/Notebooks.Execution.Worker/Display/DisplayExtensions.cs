using Notebooks.Execution.Worker.Display;
using Notebooks.Execution.Worker.Scripting;

// Namespace System, as in .NET Interactive, so that `x.Display()` works in every cell without a using.
namespace System;

/// <summary>The <c>Display</c> extension notebook code calls on any value.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> now, as a <c>display_data</c> output of the running cell.</summary>
    /// <param name="value">Any value; formatted with Microsoft.DotNet.Interactive.Formatting.</param>
    /// <param name="mimeTypes">Mime types to format with; none means the preferred ones for the value's type plus text/plain.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the output.</returns>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        WorkerContext.Current.Publish(value, mimeTypes, displayId: null);
}
