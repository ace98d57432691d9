namespace Notebooks.Execution;

/// <summary>What kind of code a cell holds, after reading its Polyglot selector lines (<c>#!csharp</c>, <c>#!fsharp</c>, …).</summary>
internal enum CellKind
{
    CSharp,
    Markdown,
    Unsupported,
}

/// <summary>
/// A cell's source with Polyglot kernel selectors resolved: C# code to compile (selector lines blanked so line
/// numbers still match the cell), markdown text to render, or the name of a language this engine does not run.
/// </summary>
/// <remarks>
/// A selector counts only at the very start of a line, as in .NET Interactive's parser. A cell in another
/// language is reported, never silently skipped: a chapter that silently lost a cell would still "pass".
/// </remarks>
internal sealed record CellSource(CellKind Kind, string Text, string? Language = null)
{
    private static readonly Dictionary<string, (string Kernel, string Language)> Kernels = new(StringComparer.Ordinal)
    {
        ["csharp"] = ("csharp", "C#"), ["c#"] = ("csharp", "C#"), ["C#"] = ("csharp", "C#"),
        ["fsharp"] = ("fsharp", "F#"), ["f#"] = ("fsharp", "F#"), ["F#"] = ("fsharp", "F#"),
        ["pwsh"] = ("pwsh", "PowerShell"), ["powershell"] = ("pwsh", "PowerShell"),
        ["javascript"] = ("javascript", "JavaScript"), ["js"] = ("javascript", "JavaScript"),
        ["html"] = ("html", "HTML"), ["sql"] = ("sql", "SQL"), ["kql"] = ("kql", "KQL"),
        ["mermaid"] = ("mermaid", "Mermaid"), ["http"] = ("http", "HTTP"), ["value"] = ("value", "value"),
        ["markdown"] = ("markdown", "Markdown"), ["md"] = ("markdown", "Markdown"),
    };

    public static CellSource Parse(string code, string? kernelName)
    {
        var lines = code.Split('\n');
        (string Kernel, string Language) current = Kernels.GetValueOrDefault(kernelName ?? "csharp", (kernelName ?? "csharp", kernelName ?? "C#"));
        var markdown = new List<string>();
        var hasCSharp = false;
        string? foreign = current.Kernel is "csharp" or "markdown" ? null : $"{current.Language} (cell metadata kernel '{current.Kernel}')";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Split(' ', '\t')[0];
                if (!Kernels.TryGetValue(name, out var selected))
                {
                    return new CellSource(CellKind.Unsupported, code, $"the magic command #!{name}");
                }

                current = selected;
                foreign ??= current.Kernel is "csharp" or "markdown" ? null : $"{current.Language} (#!{name})";
                lines[i] = lines[i].EndsWith('\r') ? "\r" : string.Empty;
                continue;
            }

            if (current.Kernel == "markdown")
            {
                markdown.Add(line);
                lines[i] = string.Empty;
            }
            else if (current.Kernel == "csharp")
            {
                hasCSharp |= line.Trim().Length > 0;
            }
        }

        if (foreign is not null)
        {
            return new CellSource(CellKind.Unsupported, code, foreign);
        }

        return markdown.Count > 0 && !hasCSharp
            ? new CellSource(CellKind.Markdown, string.Join('\n', markdown).Trim('\n'))
            : new CellSource(CellKind.CSharp, string.Join('\n', lines));
    }
}
