using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>Compile diagnostics and runtime exceptions, rewritten so that they name the cell and its line.</summary>
/// <param name="Name">ename: <c>CompilationError</c>, or the exception's full type name.</param>
/// <param name="Value">evalue: the exception message, or the error diagnostics.</param>
/// <param name="Traceback">Lines such as <c>cell 3, line 2: error CS0103: …</c> or <c>   at cell 3, line 2</c>.</param>
/// <param name="Line">1-based line in the failing cell, when known.</param>
internal sealed record ErrorReport(string Name, string Value, IReadOnlyList<string> Traceback, int? Line)
{
    // Frames of the scripting machinery say nothing to a reader; leave them out.
    private static readonly string[] HiddenFramePrefixes =
        ["Microsoft.CodeAnalysis.Scripting.", "System.Runtime.CompilerServices.", "System.Runtime.ExceptionServices."];

    public static ErrorReport FromDiagnostics(IEnumerable<Diagnostic> errors, CellPaths cells)
    {
        var lines = errors.Take(20).Select(d => Describe(d, cells)).ToList();
        var first = errors.Select(d => d.Location.GetMappedLineSpan()).FirstOrDefault();
        int? line = first.IsValid ? first.StartLinePosition.Line + 1 : null;
        return new ErrorReport("CompilationError", string.Join('\n', lines), lines, line);
    }

    public static string Describe(Diagnostic diagnostic, CellPaths cells)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var where = span.IsValid && cells.Label(span.Path) is { } label
            ? $"{label}, line {span.StartLinePosition.Line + 1}"
            : span.IsValid && span.Path.Length > 0 ? $"{span.Path}({span.StartLinePosition.Line + 1})" : "cell";
        return $"{where}: {severity} {diagnostic.Id}: {message}";
    }

    public static ErrorReport FromException(Exception exception, CellPaths cells, string currentCellPath)
    {
        var traceback = new List<string>();
        int? line = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            traceback.Add((e == exception ? string.Empty : " ---> ") + $"{e.GetType().FullName}: {e.Message}");
            foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                var text = Describe(frame, cells, currentCellPath, ref line, e == exception);
                if (text is not null)
                {
                    traceback.Add(text);
                }
            }
        }

        return new ErrorReport(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback, line);
    }

    private static string? Describe(StackFrame frame, CellPaths cells, string currentCellPath, ref int? line, bool outermost)
    {
        var method = frame.GetMethod();
        var type = method?.DeclaringType;
        var typeName = type?.FullName ?? string.Empty;
        if (HiddenFramePrefixes.Any(p => typeName.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        var file = frame.GetFileName();
        var number = frame.GetFileLineNumber();
        if (file is not null && cells.Label(file) is { } label)
        {
            if (outermost && line is null && string.Equals(file, currentCellPath, StringComparison.Ordinal))
            {
                line = number; // the innermost frame in the running cell: where the cell's own code failed
            }

            var member = ScriptMemberName(type, method);
            return member is null ? $"   at {label}, line {number}" : $"   at {member} in {label}, line {number}";
        }

        var where = file is null ? string.Empty : $" in {file}:line {number}";
        return $"   at {typeName}.{method?.Name}{where}";
    }

    // Submission#2.<<Initialize>>d__0.MoveNext() is the cell's top level; Submission#1.Square(int) is a method
    // the reader declared in a cell; a nested type's state machine is named after the method it implements.
    private static string? ScriptMemberName(Type? type, System.Reflection.MethodBase? method)
    {
        var outer = type;
        while (outer?.DeclaringType is not null && outer.Name.StartsWith('<'))
        {
            outer = outer.DeclaringType;
        }

        var name = type is not null && type.Name.StartsWith('<') ? type.Name : method?.Name ?? string.Empty;
        if (name.StartsWith("<<Initialize>>", StringComparison.Ordinal) || name == "<Initialize>")
        {
            return null;
        }

        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
        {
            name = name[1..end];
        }

        var owner = outer is null || outer.Name.StartsWith("Submission#", StringComparison.Ordinal) ? string.Empty : outer.Name + ".";
        return owner + name + "()";
    }
}
