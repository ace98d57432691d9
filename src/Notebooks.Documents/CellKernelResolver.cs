namespace Notebooks.Documents;

/// <summary>Resolves a code cell's kernel sections the way .NET Interactive does.</summary>
internal static class CellKernelResolver
{
    public static IReadOnlyList<CellKernel> Resolve(CodeCell cell)
    {
        var declared = cell.Notebook is { } notebook ? KernelNames.Declared(notebook.Metadata) : [];
        var source = cell.Source;
        var sections = new List<CellKernel>();

        var lineStart = 0;
        while (lineStart < source.Length)
        {
            if (Directive(source, lineStart, declared) is { } kernel)
            {
                sections.Add(kernel);
            }
            else if (lineStart == 0)
            {
                sections.Add(FromMetadata(cell, declared));
            }

            var next = source.IndexOf('\n', lineStart);
            lineStart = next < 0 ? source.Length : next + 1;
        }

        if (sections.Count == 0)
        {
            sections.Add(FromMetadata(cell, declared));
        }

        return sections;
    }

    private static CellKernel? Directive(string source, int lineStart, Dictionary<string, string> declared)
    {
        if (string.CompareOrdinal(source, lineStart, "#!", 0, 2) != 0)
        {
            return null;
        }

        var end = source.AsSpan(lineStart).IndexOfAny(" \r\n");
        var token = end < 0 ? source[(lineStart + 2)..] : source.Substring(lineStart + 2, end - 2);
        var name = KernelNames.Resolve(token) ?? declared.GetValueOrDefault(token);
        return name is null ? null : new CellKernel(name, KernelNames.LanguageOf(name), CellKernelOrigin.MagicCommand, "#!" + token);
    }

    private static CellKernel FromMetadata(CodeCell cell, Dictionary<string, string> declared)
    {
        if (KernelNames.StringAt(cell.Json, "metadata", "polyglot_notebook", "kernelName") is { } kernelName)
        {
            return Make(kernelName, CellKernelOrigin.CellMetadata, declared);
        }

        if (KernelNames.StringAt(cell.Json, "metadata", "dotnet_interactive", "language") is { } language)
        {
            return Make(language, CellKernelOrigin.LegacyCellMetadata, declared);
        }

        var fallback = cell.Notebook?.DefaultKernelName ?? KernelNames.CSharp;
        return Make(fallback, CellKernelOrigin.NotebookDefault, declared);
    }

    private static CellKernel Make(string nameOrAlias, CellKernelOrigin origin, Dictionary<string, string> declared)
    {
        var name = KernelNames.Resolve(nameOrAlias) ?? declared.GetValueOrDefault(nameOrAlias) ?? nameOrAlias;
        return new CellKernel(name, KernelNames.LanguageOf(name), origin);
    }
}
