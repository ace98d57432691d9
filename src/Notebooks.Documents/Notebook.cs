using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Documents.Json;

namespace Notebooks.Documents;

/// <summary>
/// An nbformat 4 notebook that keeps everything it does not model. Loading and saving an unchanged notebook gives
/// the same bytes; after edits it is written in the file's own layout (<see cref="Style"/>), so a later Jupyter or
/// VS Code save changes as little as possible.
/// </summary>
public sealed partial class Notebook
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonObject _root;
    private readonly IReadOnlySet<JsonNode> _originals;
    private readonly string? _originalText;
    private readonly JsonNode? _snapshot;
    private readonly NotebookJsonStyle? _detectedStyle;

    private Notebook(JsonObject root, string? path, NotebookJsonStyle style, string? originalText, IReadOnlySet<JsonNode> originals)
    {
        _root = root;
        Path = path;
        Style = style;
        _originals = originals;
        _originalText = originalText;
        if (originalText is not null)
        {
            _snapshot = root.DeepClone();
            _detectedStyle = style;
        }

        Cells = null!;
    }

    /// <summary>The path the notebook was loaded from (as given), or the path passed to <see cref="Parse"/>; null otherwise.</summary>
    public string? Path { get; }

    /// <summary>The layout <see cref="ToJson"/> writes: detected from the file, or <see cref="NotebookJsonStyle.VSCode"/> for a new notebook.</summary>
    public NotebookJsonStyle Style { get; set; }

    /// <summary>The whole notebook as JSON, for keys the typed members do not cover.</summary>
    public JsonObject Json => _root;

    /// <summary>The notebook's cells, in order.</summary>
    public NotebookCellCollection Cells { get; private set; }

    /// <summary>Always 4: other major versions are rejected when reading.</summary>
    public int FormatMajor => 4;

    /// <summary>The minor version, e.g. 5 (cell ids exist from 4.5) or 4.</summary>
    public int FormatMinor => _root["nbformat_minor"]!.GetValue<int>();

    /// <summary>The notebook metadata (<c>kernelspec</c>, <c>language_info</c>, <c>polyglot_notebook</c>, …).</summary>
    public JsonObject Metadata => (JsonObject)_root["metadata"]!;

    /// <summary>
    /// The kernel a code cell without its own kernel runs in. Looked up as Polyglot and .NET Interactive do:
    /// <c>polyglot_notebook.kernelInfo.defaultKernelName</c>, <c>polyglot_notebook.defaultKernelName</c>,
    /// <c>kernelInfo.defaultKernelName</c>, <c>dotnet_interactive.defaultKernelName</c>, the <c>kernelspec.name</c>
    /// after <c>.net-</c>, <c>kernelspec.language</c>, else <c>csharp</c>.
    /// </summary>
    public string DefaultKernelName
    {
        get
        {
            string?[] candidates =
            [
                KernelNames.StringAt(Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName"),
                KernelNames.StringAt(Metadata, "polyglot_notebook", "defaultKernelName"),
                KernelNames.StringAt(Metadata, "kernelInfo", "defaultKernelName"),
                KernelNames.StringAt(Metadata, "dotnet_interactive", "defaultKernelName"),
                KernelNames.StringAt(Metadata, "kernelspec", "name") is { } spec && spec.StartsWith(".net-", StringComparison.Ordinal)
                    ? spec[".net-".Length..]
                    : null,
                KernelNames.StringAt(Metadata, "kernelspec", "language"),
            ];
            var found = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? KernelNames.CSharp;
            return KernelNames.Resolve(found) ?? KernelNames.Resolve(found.ToLowerInvariant()) ?? found;
        }
    }

    /// <summary>Reads a notebook file.</summary>
    /// <param name="path">The <c>.ipynb</c> path; kept in <see cref="Path"/> and in error messages.</param>
    /// <exception cref="NotebookNotFoundException">The file or its directory does not exist.</exception>
    /// <exception cref="NotebookInvalidException">The file is not a valid nbformat 4 notebook.</exception>
    /// <exception cref="NotebookException">The file cannot be read.</exception>
    public static Notebook Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotebookNotFoundException(path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotebookException($"{path}: cannot read the notebook: {ex.Message}", path, ex);
        }

        return FromUtf8(bytes, path);
    }

    /// <summary>Reads a notebook from UTF-8 bytes (a leading byte order mark is kept for writing back).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="pathForErrors">A path for <see cref="Path"/> and error messages, or null.</param>
    /// <exception cref="NotebookInvalidException">Not UTF-8, or not a valid nbformat 4 notebook.</exception>
    public static Notebook FromUtf8(ReadOnlySpan<byte> utf8, string? pathForErrors = null)
    {
        var bom = utf8.StartsWith("\uFEFF"u8);
        string text;
        try
        {
            text = StrictUtf8.GetString(bom ? utf8[3..] : utf8);
        }
        catch (DecoderFallbackException ex)
        {
            throw new NotebookInvalidException($"not valid UTF-8 (byte {ex.Index + (bom ? 3 : 0)})", pathForErrors, innerException: ex);
        }

        return Parse(text, pathForErrors, bom);
    }

    /// <summary>Reads a notebook from its JSON text.</summary>
    /// <param name="json">The notebook's JSON.</param>
    /// <param name="pathForErrors">A path for <see cref="Path"/> and error messages, or null.</param>
    /// <exception cref="NotebookInvalidException">Not a valid nbformat 4 notebook.</exception>
    public static Notebook Parse(string json, string? pathForErrors = null) => Parse(json, pathForErrors, byteOrderMark: false);

    private static Notebook Parse(string json, string? path, bool byteOrderMark)
    {
        var root = NotebookReader.ParseRoot(json, path);
        HashSet<JsonNode> originals;
        try
        {
            originals = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
            CollectScalars(root, originals);
        }
        catch (ArgumentException ex)
        {
            // JsonObject materialises lazily and rejects a repeated key only then.
            throw new NotebookInvalidException($"malformed JSON: {ex.Message}", path, innerException: ex);
        }

        var cells = NotebookReader.Validate(root, json, path);
        var style = StyleDetector.Detect(json, root, byteOrderMark);
        var notebook = new Notebook(root, path, style, json, originals);
        notebook.Cells = new NotebookCellCollection(notebook, (JsonArray)root["cells"]!, cells);
        return notebook;
    }

    /// <summary>The notebook as JSON text in <see cref="Style"/>; the original text when nothing changed.</summary>
    /// <remarks>
    /// Before writing, new string values in text fields (<c>source</c>, stream <c>text</c>, split mime data) become
    /// line arrays and <c>transient</c> keys are dropped from outputs, as nbformat does; this edits the model.
    /// </remarks>
    public string ToJson()
    {
        NormalizeNewContent();
        if (_originalText is not null && Style == _detectedStyle && JsonNode.DeepEquals(_root, _snapshot))
        {
            return _originalText;
        }

        return Emit();
    }

    /// <summary>Writes the tree in <see cref="Style"/> even when nothing changed (the contract tests use this).</summary>
    internal string Emit() => JsonEmitter.Emit(_root, Style, _originals);

    /// <summary>The bytes to write: UTF-8 of <see cref="ToJson"/>, with a byte order mark only if the file had one.</summary>
    public byte[] ToUtf8Bytes()
    {
        var text = ToJson();
        return Style.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
    }

    private static void CollectScalars(JsonNode? node, HashSet<JsonNode> originals)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    CollectScalars(value, originals);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectScalars(item, originals);
                }

                break;
            case JsonValue value:
                originals.Add(value);
                break;
        }
    }
}
