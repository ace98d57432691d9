using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>The kernel names and aliases .NET Interactive knows, and how to resolve them.</summary>
public static class KernelNames
{
    /// <summary>The C# kernel's name.</summary>
    public const string CSharp = "csharp";

    /// <summary>The kernel name .NET Interactive gives markdown cells.</summary>
    public const string Markdown = "markdown";

    /// <summary>The kernel name this library gives raw cells.</summary>
    public const string Raw = "raw";

    private static readonly (string Name, string Language, string[] Aliases)[] Known =
    [
        (CSharp, "C#", ["c#", "C#"]),
        ("fsharp", "F#", ["f#", "F#"]),
        ("pwsh", "PowerShell", ["powershell"]),
        ("javascript", "JavaScript", ["js"]),
        ("html", "HTML", []),
        ("mermaid", "Mermaid", []),
        ("http", "HTTP", []),
        ("sql", "SQL", []),
        ("kql", "KQL", []),
        ("value", "value", []),
        (Markdown, "Markdown", ["md"]),
    ];

    /// <summary>Resolves a kernel name or alias (<c>c#</c>, <c>F#</c>, <c>powershell</c>, <c>md</c>) to its kernel name, or null if unknown.</summary>
    /// <param name="nameOrAlias">The name as written after <c>#!</c> or in metadata; matched case-sensitively, as .NET Interactive does.</param>
    public static string? Resolve(string nameOrAlias)
    {
        foreach (var (name, _, aliases) in Known)
        {
            if (name == nameOrAlias || aliases.Contains(nameOrAlias))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A language name for messages: <c>C#</c> for <c>csharp</c>; an unknown kernel name is returned as is.</summary>
    /// <param name="kernelName">A kernel name such as <c>fsharp</c>.</param>
    public static string LanguageOf(string kernelName)
    {
        foreach (var (name, language, _) in Known)
        {
            if (name == kernelName)
            {
                return language;
            }
        }

        return kernelName;
    }

    /// <summary>Kernel names and aliases declared in <c>polyglot_notebook.kernelInfo.items</c>, e.g. kernels added by <c>#!connect</c>.</summary>
    internal static Dictionary<string, string> Declared(JsonObject notebookMetadata)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Navigate(notebookMetadata, "polyglot_notebook", "kernelInfo", "items") is not JsonArray items)
        {
            return declared;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            if (StringAt(item, "name") is not { } name)
            {
                continue;
            }

            declared[name] = name;
            if (item["aliases"] is JsonArray aliases)
            {
                foreach (var alias in aliases.OfType<JsonValue>())
                {
                    if (alias.TryGetValue<string>(out var a))
                    {
                        declared.TryAdd(a, name);
                    }
                }
            }
        }

        return declared;
    }

    internal static JsonNode? Navigate(JsonNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null;
        }

        return node;
    }

    internal static string? StringAt(JsonNode? node, params string[] keys) =>
        Navigate(node, keys) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
