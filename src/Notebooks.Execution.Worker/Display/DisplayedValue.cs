using Notebooks.Execution.Worker.Scripting;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// A value shown with <c>display(x)</c> or <c>x.Display()</c>; <see cref="Update"/> replaces what it shows.
/// </summary>
/// <remarks>
/// The same contract as .NET Interactive's <c>DisplayedValue</c>: an update is formatted with the mime types of
/// the first display and becomes an <c>update_display_data</c> for the same display id. A cell whose trailing
/// expression is a <see cref="DisplayedValue"/> (e.g. <c>x.Display()</c> without a semicolon) shows nothing more.
/// </remarks>
public sealed class DisplayedValue
{
    private readonly string[] _mimeTypes;

    internal DisplayedValue(string displayId, string[] mimeTypes)
    {
        DisplayId = displayId;
        _mimeTypes = mimeTypes;
    }

    /// <summary>The <c>transient.display_id</c> of this display, e.g. <c>run-3</c>.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value with <paramref name="value"/>, formatted with the original mime types.</summary>
    /// <param name="value">The new value to show.</param>
    public void Update(object? value) => WorkerContext.Current.Publish(value, _mimeTypes, DisplayId);
}
