using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Notebooks.Kernel;

/// <summary>is_complete: would a console run this code on Enter, or wait for another line?</summary>
/// <remarks>
/// Parsed as a script submission, as the worker compiles it: <c>SyntaxFactory.IsCompleteSubmission</c> false means
/// "incomplete" (an open brace, an unterminated string); otherwise any syntax error means "invalid". Notebook
/// magics (<c>#!csharp</c>, <c>#i "nuget: …"</c>) are not C#, so their lines are blanked first.
/// </remarks>
internal static class CompletenessChecker
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static (string Status, string? Indent) Check(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimStart() is var t && (t.StartsWith("#!", StringComparison.Ordinal) || t.StartsWith("#i ", StringComparison.Ordinal)) ? string.Empty : l);
        var tree = CSharpSyntaxTree.ParseText(string.Join('\n', lines), Script);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return ("incomplete", "    ");
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? ("invalid", null) : ("complete", null);
    }
}
