using System.Text;

namespace Notebooks.Execution.Worker.Output;

/// <summary>The TextWriter installed as Console.Out or Console.Error in the worker.</summary>
internal sealed class CapturedWriter(string name, OutputCapture capture) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => capture.Write(name, [value]);

    public override void Write(string? value) => capture.Write(name, value);

    public override void Write(char[] buffer, int index, int count) => capture.Write(name, buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => capture.Write(name, buffer);

    public override void Flush() => capture.Flush();
}
