using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>
/// One cell: a typed view over its nbformat JSON object (<see cref="Json"/>). Every key it does not model
/// (attachments, unknown keys) stays in that object and is written back unchanged.
/// </summary>
public abstract class NotebookCell
{
    private protected NotebookCell(JsonObject json)
    {
        Json = json;
    }

    /// <summary>The cell's JSON object, for anything the typed members do not cover.</summary>
    public JsonObject Json { get; }

    /// <summary>The notebook the cell belongs to, or null for a cell not yet added.</summary>
    public Notebook? Notebook { get; internal set; }

    /// <summary>0-based position in <see cref="Notebook.Cells"/>, as in <c>cells[i]</c>; -1 when not in a notebook.</summary>
    public int Index => Notebook?.Cells.IndexOf(this) ?? -1;

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => KernelNames.StringAt(Json, "cell_type")!;

    /// <summary>The cell id (nbformat 4.5+, 8 hex characters when VS Code made it), or null.</summary>
    public string? Id
    {
        get => KernelNames.StringAt(Json, "id");
        set
        {
            if (value is null)
            {
                Json.Remove("id");
            }
            else if (value != Id)
            {
                Json["id"] = value;
            }
        }
    }

    /// <summary>The cell's text. Setting it stores a line array, unless the text is unchanged.</summary>
    public string Source
    {
        get => NotebookText.Read(Json["source"]);
        set
        {
            if (value != Source)
            {
                Json["source"] = NotebookText.ToJsonLines(value);
            }
        }
    }

    /// <summary>The cell's metadata object (created if missing).</summary>
    public JsonObject Metadata => GetOrCreate("metadata", () => new JsonObject());

    /// <summary>The child <paramref name="key"/> of the cell's JSON, added empty when it is missing (or not a <typeparamref name="T"/>).</summary>
    private protected T GetOrCreate<T>(string key, Func<T> create)
        where T : JsonNode
    {
        if (Json[key] is T existing)
        {
            return existing;
        }

        var created = create();
        Json[key] = created;
        return created;
    }

    /// <summary>The strings in <c>metadata.tags</c>, e.g. <c>raises-exception</c>, <c>skip-execution</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Where(t => t.GetValueKind() == JsonValueKind.String).Select(t => t.GetValue<string>()).ToList()
            : [];

    /// <summary>The cell's kernel: <c>markdown</c>/<c>raw</c> for those cells, see <see cref="CodeCell.Kernel"/> for code.</summary>
    public abstract CellKernel Kernel { get; }

    /// <summary>Whether <c>metadata.tags</c> contains <paramref name="tag"/> (ordinal comparison).</summary>
    /// <param name="tag">A tag such as <c>raises-exception</c>.</param>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>A new 8-hex-character cell id, the form VS Code gives new cells.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    internal static NotebookCell Wrap(JsonObject json) => KernelNames.StringAt(json, "cell_type") switch
    {
        "code" => new CodeCell(json),
        "markdown" => new MarkdownCell(json),
        "raw" => new RawCell(json),
        var other => throw new ArgumentException($"unknown cell_type '{other}'", nameof(json)),
    };
}
