namespace Notebooks.Kernel.Protocol;

/// <summary>stream on iopub: text the cell wrote to Console.Out or Console.Error.</summary>
/// <param name="Name">stdout or stderr.</param>
/// <param name="Text">The text (newlines are \n).</param>
public sealed record StreamText(string Name, string Text) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "stream";
}
