using System.Text.Json.Nodes;

namespace Notebooks.Documents;

public sealed partial class Notebook
{
    /// <summary>
    /// A new, empty C# notebook that Polyglot Notebooks opens without edits: nbformat 4.5, <c>kernelspec</c>
    /// <c>.net-csharp</c>, <c>language_info</c> <c>{"name": "polyglot-notebook"}</c> and
    /// <c>polyglot_notebook.kernelInfo</c> with default kernel <c>csharp</c>; written in VS Code's layout.
    /// </summary>
    /// <param name="path">The path to report in errors and <see cref="Path"/>, or null.</param>
    /// <remarks>
    /// Add cells with <see cref="CodeCell.Create"/> and <see cref="MarkdownCell.Create"/>. The metadata follows
    /// polyglot-format.md §1.6; <c>language_info</c> is what current Polyglot writes, so VS Code adds no
    /// <c>vscode.languageId</c> to the cells.
    /// </remarks>
    public static Notebook CreatePolyglot(string? path = null)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["display_name"] = ".NET (C#)",
                    ["language"] = "C#",
                    ["name"] = ".net-csharp",
                },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = KernelNames.CSharp,
                        ["items"] = new JsonArray
                        {
                            new JsonObject
                            {
                                ["aliases"] = new JsonArray(),
                                ["languageName"] = "C#",
                                ["name"] = KernelNames.CSharp,
                            },
                        },
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var notebook = new Notebook(root, path, NotebookJsonStyle.VSCode, originalText: null, new HashSet<JsonNode>());
        notebook.Cells = new NotebookCellCollection(notebook, (JsonArray)root["cells"]!, []);
        return notebook;
    }

    /// <summary>Gives values set in code the shape nbformat writes: text fields as line arrays, no <c>transient</c>.</summary>
    private void NormalizeNewContent()
    {
        foreach (var cell in Cells)
        {
            SplitIfNew(cell.Json, "source");
            if (cell.Json["attachments"] is JsonObject attachments)
            {
                foreach (var (_, bundle) in attachments)
                {
                    SplitBundle(bundle as JsonObject);
                }
            }

            if (cell is not CodeCell code)
            {
                continue;
            }

            foreach (var output in code.Outputs.OfType<JsonObject>())
            {
                output.Remove("transient");
                SplitIfNew(output, "text");
                SplitBundle(output["data"] as JsonObject);
            }
        }
    }

    private void SplitBundle(JsonObject? bundle)
    {
        if (bundle is null)
        {
            return;
        }

        foreach (var mimeType in bundle.Select(p => p.Key).Where(MimeTypes.IsSplitIntoLines).ToList())
        {
            SplitIfNew(bundle, mimeType);
        }
    }

    private void SplitIfNew(JsonObject owner, string key)
    {
        if (owner[key] is JsonValue value && !_originals.Contains(value)
            && value.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            owner[key] = NotebookText.ToJsonLines(value.GetValue<string>());
        }
    }
}
