namespace Notebooks.Kernel.Protocol;

/// <summary>kernel_info_reply's language_info: the same values as .NET Interactive's C# kernel, so Polyglot notebooks match.</summary>
/// <param name="Name"><c>C#</c>.</param>
/// <param name="Version">The C# language version the worker compiles with, e.g. <c>14.0</c>.</param>
/// <param name="Mimetype"><c>text/x-csharp</c> (JupyterLab picks the editor mode from it).</param>
/// <param name="FileExtension"><c>.cs</c>.</param>
/// <param name="PygmentsLexer"><c>csharp</c> (nbconvert's highlighting).</param>
public sealed record LanguageInfo(string Name, string Version, string Mimetype, string FileExtension, string PygmentsLexer)
{
    /// <summary>C# as this kernel runs it.</summary>
    public static LanguageInfo CSharp { get; } = new("C#", "14.0", "text/x-csharp", ".cs", "csharp");
}
