using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace TestSupport;

/// <summary>
/// Turns an executed notebook's outputs into a stable snapshot: per code cell its index, execution count and
/// outputs, with only the volatile parts replaced.
/// </summary>
/// <remarks>
/// <para>What is volatile, and becomes a placeholder (in every string of an output, JSON mime data included):</para>
/// <list type="bullet">
/// <item>absolute paths: the repository root, the NuGet packages folder, the home and the temp folder become
/// <c>&lt;repo&gt;</c>, <c>&lt;nuget&gt;</c>, <c>&lt;home&gt;</c>, <c>&lt;temp&gt;</c> (longest first, whole folder names only);</item>
/// <item>GUIDs, with or without dashes (Plotly's div id and its <c>renderPlotly_&lt;guid&gt;</c> function), become
/// <c>&lt;guid-1&gt;</c>, <c>&lt;guid-2&gt;</c>, … numbered by first appearance, so a reference to the same id stays
/// visibly the same;</item>
/// <item><c>display_id</c> values become <c>&lt;display-1&gt;</c>, …; <c>transient</c> is dropped;</item>
/// <item>hex addresses (<c>0x7ffd5c2a</c>) become <c>0x&lt;addr&gt;</c>;</item>
/// <item>timings: a number with a time unit (<c>Wall time: 12.3ms</c>, <c>in 4.2 s</c>, <c>250 µs</c>) becomes
/// <c>&lt;elapsed&gt;</c>, and so does a clock-style duration (<c>00:00:01.2345678</c>).</item>
/// </list>
/// <para>A bundle with a Plotly figure (<c>application/vnd.plotly.v1+json</c>) keeps the figure JSON (data and layout)
/// and drops its <c>text/html</c>, which only wraps the same figure in script around a generated div id.</para>
/// <para>Numbers are never scrubbed. Every floating-point number, in text (a literal with a decimal point or an
/// exponent) and in JSON data (a number whose value is not an integer), is rewritten to <see cref="SignificantDigits"/> = 6
/// significant digits, culture-invariant (<c>0.123456789</c> → <c>0.123457</c>). Six, because the chapters train in
/// float32, whose 24-bit significand carries about 7.2 decimal digits: the seventh digit is where different x86-64 CPU
/// models (different vector kernels, different summation orders, even under the deterministic environment) may
/// disagree in the last bit, while a real change in a result (a different seed, step size or model) moves the first
/// four or five digits. Checks print 4 digits (<c>DeepMath.Checks.Numbers</c>), so their lines are unaffected.
/// Integers (counts, steps, line numbers) and dotted versions (<c>0.107.0</c>) are left exactly as they are. A value
/// that sits on a rounding boundary at the sixth digit can still flip between machines; re-record the snapshot then.</para>
/// <para>Multi-line strings are written as arrays of lines, so a snapshot diff points at the line that changed.</para>
/// </remarks>
public sealed partial class OutputNormalizer
{
    /// <summary>Significant digits floating-point numbers keep: 6 (see the remarks for why).</summary>
    public const int SignificantDigits = 6;

    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep ≥, →, x₁ readable in the .snap files
    };

    private readonly IReadOnlyList<(string Path, string Placeholder)> _paths;

    /// <summary>A normaliser that replaces the given absolute folders by placeholders.</summary>
    /// <param name="paths">Folder → placeholder, e.g. <c>("/work/main", "&lt;repo&gt;")</c>; empty or null folders are ignored.</param>
    public OutputNormalizer(IEnumerable<(string? Path, string Placeholder)> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = paths
            .Where(p => !string.IsNullOrEmpty(p.Path))
            .Select(p => (Path: Path.TrimEndingDirectorySeparator(p.Path!), p.Placeholder))
            .Where(p => p.Path.Length > 1) // never "/" itself
            .DistinctBy(p => p.Path)
            .OrderByDescending(p => p.Path.Length) // the repository may sit inside home
            .ToList();
    }

    /// <summary>
    /// The normaliser for this machine: <paramref name="repositoryRoot"/> → <c>&lt;repo&gt;</c>, the NuGet packages folder
    /// → <c>&lt;nuget&gt;</c>, the home folder → <c>&lt;home&gt;</c>, the temp folder → <c>&lt;temp&gt;</c>.
    /// </summary>
    /// <param name="repositoryRoot">The repository root, e.g. <see cref="RepositoryPaths.Root"/>.</param>
    /// <returns>The normaliser.</returns>
    public static OutputNormalizer ForRepository(string repositoryRoot)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var nuget = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(home, ".nuget", "packages");
        return new OutputNormalizer(
        [
            (repositoryRoot, "<repo>"),
            (nuget, "<nuget>"),
            (home, "<home>"),
            (Path.GetTempPath(), "<temp>"),
        ]);
    }

    /// <summary>The snapshot form of a notebook: one object per code cell, in order; markdown and raw cells are left out.</summary>
    /// <param name="notebook">An executed notebook.</param>
    /// <returns>An array of <c>{ "cell": index, "execution_count": n, "outputs": [...] }</c>.</returns>
    public JsonArray Normalize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var scope = new Scope();
        var cells = new JsonArray();
        foreach (var cell in notebook.Cells.Code)
        {
            var outputs = new JsonArray();
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                outputs.Add(NormalizeOutput(output, scope));
            }

            cells.Add(new JsonObject
            {
                ["cell"] = cell.Index,
                ["execution_count"] = cell.ExecutionCount,
                ["outputs"] = outputs,
            });
        }

        return cells;
    }

    /// <summary>The snapshot text of a notebook: <see cref="Normalize(Notebook)"/> as indented JSON.</summary>
    /// <param name="notebook">An executed notebook.</param>
    /// <returns>The JSON text stored in a <c>.snap</c> file.</returns>
    public string ToSnapshot(Notebook notebook) => Normalize(notebook).ToJsonString(SnapshotJson);

    /// <summary>Applies every text rule (paths, GUIDs, addresses, timings, then significant digits) to one string.</summary>
    /// <param name="text">Output text, e.g. a stream's text or a <c>text/plain</c> value.</param>
    /// <returns>The normalised text; GUID numbering starts at 1 for this call.</returns>
    public string NormalizeText(string text) => NormalizeText(text, new Scope());

    /// <summary>Normalises one nbformat output object (stream, display_data, execute_result or error).</summary>
    /// <param name="output">The output; it is not modified.</param>
    /// <returns>A normalised copy; GUID and display-id numbering start at 1 for this call.</returns>
    public JsonObject NormalizeOutput(JsonObject output) => NormalizeOutput(output, new Scope());

    private JsonObject NormalizeOutput(JsonObject output, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(output);
        var copy = (JsonObject)output.DeepClone();
        copy.Remove("transient");
        foreach (var key in new[] { "data", "metadata" })
        {
            if (copy[key] is JsonObject bundle && bundle.ContainsKey(PlotlyMime))
            {
                bundle.Remove("text/html");
            }
        }

        return new JsonObject(copy.Select(p => KeyValuePair.Create(p.Key, NormalizeField(p.Key, p.Value, scope))));
    }

    // Text fields of nbformat (stream text, text mimes) may be stored as line arrays: join, normalise, split again.
    private JsonNode? NormalizeField(string key, JsonNode? value, Scope scope) => key switch
    {
        "text" or "evalue" or "ename" when TryText(value, out var text) => Lines(NormalizeText(text, scope)),
        "traceback" when value is JsonArray frames => new JsonArray(frames.Select(f => NormalizeNode(f, scope)).ToArray()),
        "data" when value is JsonObject bundle => new JsonObject(bundle.Select(p => KeyValuePair.Create(
            p.Key, TryText(p.Value, out var mimeText) ? Lines(NormalizeText(mimeText, scope)) : NormalizeNode(p.Value, scope)))),
        _ => NormalizeNode(value, scope),
    };

    // Anything else, JSON mime data included: strings are normalised as they stand, numbers rounded.
    private JsonNode? NormalizeNode(JsonNode? node, Scope scope) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key,
            p.Key == "display_id" && IsString(p.Value)
                ? JsonValue.Create(scope.Placeholder(scope.DisplayIds, p.Value!.GetValue<string>(), "display"))
                : NormalizeNode(p.Value, scope)))),
        JsonArray array => new JsonArray(array.Select(item => NormalizeNode(item, scope)).ToArray()),
        JsonValue value when IsString(value) => JsonValue.Create(NormalizeText(value.GetValue<string>(), scope)),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => RoundJsonNumber(value),
        _ => node?.DeepClone(),
    };

    private static bool TryText(JsonNode? node, out string text)
    {
        text = node switch
        {
            JsonValue v when IsString(v) => v.GetValue<string>(),
            JsonArray a when a.Count > 0 && a.All(IsString) => string.Concat(a.Select(line => line!.GetValue<string>())),
            _ => null!,
        };
        return text is not null;
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static JsonNode Lines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 1 || (lines.Length == 2 && lines[1].Length == 0))
        {
            return JsonValue.Create(text);
        }

        return new JsonArray(lines.Select(l => (JsonNode)JsonValue.Create(l)).ToArray());
    }

    private static JsonNode RoundJsonNumber(JsonValue value)
    {
        // Decided by the value, not by how it was written: the kit's writer gives 2^20 as 1048576 and Python's nbformat
        // as 1048576.0, and both must normalise alike. Integral values up to 2^53 (counts, indexes, powers of two
        // that float64 holds exactly) stay exact; every other number keeps 6 significant digits.
        var number = double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
        if (Math.Abs(number) <= ExactIntegerLimit && number == Math.Floor(number))
        {
            return JsonValue.Create((long)number);
        }

        var rounded = double.Parse(FormatSignificant(number), System.Globalization.CultureInfo.InvariantCulture);
        return JsonValue.Create(rounded);
    }

    private const double ExactIntegerLimit = 9007199254740992; // 2^53

    /// <summary>Numbering of GUIDs and display ids within one snapshot.</summary>
    private sealed class Scope
    {
        public Dictionary<string, string> Guids { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> DisplayIds { get; } = new(StringComparer.Ordinal);

        public string Placeholder(Dictionary<string, string> seen, string key, string kind)
        {
            if (!seen.TryGetValue(key, out var placeholder))
            {
                placeholder = $"<{kind}-{seen.Count + 1}>";
                seen[key] = placeholder;
            }

            return placeholder;
        }
    }
}
