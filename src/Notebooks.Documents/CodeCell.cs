using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>A code cell: source, <see cref="Outputs"/> and <see cref="ExecutionCount"/>.</summary>
public sealed class CodeCell : NotebookCell
{
    internal CodeCell(JsonObject json)
        : base(json)
    {
    }

    /// <summary>
    /// A new Polyglot C# (or other kernel) cell: <c>execution_count</c> null, an 8-hex id, metadata
    /// <c>polyglot_notebook.kernelName</c>, no outputs. Added to a notebook older than nbformat 4.5, it loses the id.
    /// </summary>
    /// <param name="source">The cell's code.</param>
    /// <param name="kernelName">The Polyglot kernel name; <c>csharp</c> for the kit's chapters.</param>
    public static CodeCell Create(string source, string kernelName = KernelNames.CSharp) => new(new JsonObject
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["id"] = NewId(),
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName } },
        ["outputs"] = new JsonArray(),
        ["source"] = NotebookText.ToJsonLines(source),
    });

    /// <summary>The execution count, null for a cell never run. Setting an equal value changes nothing.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<int>() : null;
        set
        {
            if (value != ExecutionCount || !Json.ContainsKey("execution_count"))
            {
                Json["execution_count"] = value;
            }
        }
    }

    /// <summary>The outputs array itself; add <see cref="NotebookOutput"/> objects to it or use <see cref="SetOutputs"/>.</summary>
    public JsonArray Outputs => GetOrCreate("outputs", () => new JsonArray());

    /// <summary>Replaces all outputs. Outputs that already belong to another tree are copied.</summary>
    /// <param name="outputs">nbformat output objects, e.g. from <see cref="NotebookOutput"/>.</param>
    public void SetOutputs(IEnumerable<JsonObject> outputs)
    {
        var replacement = new JsonArray();
        foreach (var output in outputs)
        {
            replacement.Add(output.Parent is null ? output : output.DeepClone());
        }

        Json["outputs"] = replacement;
    }

    /// <summary>Removes the outputs and the execution count, as "Clear Outputs" does.</summary>
    public void ClearOutputs()
    {
        if (Outputs.Count > 0)
        {
            Json["outputs"] = new JsonArray();
        }

        ExecutionCount = null;
    }

    /// <summary>
    /// The kernel this cell runs in, as Polyglot resolves it: a leading <c>#!name</c> line naming a known kernel
    /// or alias, else metadata <c>polyglot_notebook.kernelName</c>, else <c>dotnet_interactive.language</c>, else
    /// the notebook's default.
    /// </summary>
    public override CellKernel Kernel => Kernels[0];

    /// <summary>
    /// Every kernel section of the cell in order: the first is <see cref="Kernel"/>; each later line that starts
    /// with <c>#!name</c> for a known kernel (e.g. <c>#!fsharp</c>) starts another section, as in .NET Interactive.
    /// </summary>
    public IReadOnlyList<CellKernel> Kernels => CellKernelResolver.Resolve(this);
}
