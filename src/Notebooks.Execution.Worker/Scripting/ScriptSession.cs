using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Execution.Protocol;
using Notebooks.Execution.Worker.Display;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>One notebook's C# scripting state: each run cell continues the state of the previous ones.</summary>
internal sealed class ScriptSession
{
    // .NET Interactive's C# kernel imports exactly these (polyglot-format.md §3).
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    // Script.HasReturnValue is internal; .NET Interactive reads it by reflection too. It tells a trailing
    // expression (`x`) apart from a statement (`x;`), which ReturnValue == null cannot.
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly WorkerContext _context;
    private readonly CellPaths _cells;
    private readonly ScriptGlobals _globals = new();
    private readonly SubmissionWorkspace _workspace = new(DefaultImports, typeof(ScriptGlobals));
    private ScriptOptions _options;
    private ScriptState<object>? _state;
    private Script<object>? _checked;

    public ScriptSession(WorkerContext context, string directory)
    {
        _context = context;
        _cells = new CellPaths(directory);
        _options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(DefaultImports)
            .WithReferences(FrameworkReferences())
            .AddReferences(typeof(ScriptGlobals).Assembly, typeof(Formatter).Assembly)
            .WithMetadataResolver(new DefaultContextReferenceResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory)))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
            .WithEmitDebugInformation(true) // line numbers in stack traces
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Release); // chapters run numeric loops; Release keeps line info
    }

    // Package assemblies load into the default context from their runtime paths, never through Roslyn's loader
    // (see DefaultContextReferenceResolver), so their compile references carry no path.
    public void AddReferences(IEnumerable<string> compileReferences) =>
        _options = _options.AddReferences(compileReferences.Select(p =>
        {
            using var stream = File.OpenRead(p);
            return (MetadataReference)MetadataReference.CreateFromStream(stream);
        }));

    /// <summary>Compiles and runs one cell; returns false when it failed to compile or threw.</summary>
    public async Task<bool> RunAsync(long id, string cellName, string label, string code)
    {
        var path = _cells.Register(cellName, label);
        var options = _options.WithFilePath(path);
        var script = _state is null
            ? CSharpScript.Create<object>(code, options, typeof(ScriptGlobals))
            : _state.Script.ContinueWith<object>(code, options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            SendError(id, ErrorReport.FromDiagnostics(errors, _cells));
            return false;
        }

        // The state continues from this cell even if it throws, so completion sees its declarations from now on.
        _workspace.AddSubmission(code, script.GetCompilation().References);
        _context.ResetInterrupt();

        var state = _state is null
            ? await script.RunAsync(_globals, catchException: _ => true)
            : await script.RunFromAsync(_state, catchException: _ => true);
        _state = state; // variables declared before an exception stay usable, as in .NET Interactive
        _context.Capture.Flush();
        if (state.Exception is not null)
        {
            SendError(id, ErrorReport.FromException(state.Exception, _cells, path));
            return false;
        }

        if (HasReturnValue(script) && state.ReturnValue is not DisplayedValue)
        {
            var value = state.ReturnValue;
            var data = ValueFormatter.Format(value, ValueFormatter.DefaultMimeTypes(value));
            _context.Events.Send(WorkerProtocol.Result, id, new JsonObject { ["data"] = data });
        }

        return true;
    }

    /// <summary>Compiles one cell after the previously checked ones without running anything.</summary>
    public bool Check(long id, string cellName, string label, string code)
    {
        var options = _options.WithFilePath(_cells.Register(cellName, label));
        var script = _checked is null
            ? CSharpScript.Create<object>(code, options, typeof(ScriptGlobals))
            : _checked.ContinueWith<object>(code, options);
        var diagnostics = script.Compile().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetMappedLineSpan();
            _context.Events.Send(WorkerProtocol.Diagnostic, id, new JsonObject
            {
                ["line"] = span.IsValid ? span.StartLinePosition.Line + 1 : null,
                ["code"] = diagnostic.Id,
                ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
                ["message"] = ErrorReport.Describe(diagnostic, _cells),
            });
        }

        // A cell that does not compile would not join the state in a run either, so later cells see the state without it.
        var ok = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
        if (ok)
        {
            _checked = script;
        }

        return ok;
    }

    /// <summary>Completions at <paramref name="position"/> of code typed after the cells run so far.</summary>
    public async Task<bool> CompleteAsync(long id, string code, int position)
    {
        var (start, end, matches) = await _workspace.CompleteAsync(code, position, _options.MetadataReferences);
        _context.Events.Send(WorkerProtocol.Completions, id, new JsonObject
        {
            ["start"] = start,
            ["end"] = end,
            ["matches"] = WorkerProtocol.ToArray(matches),
        });
        return true;
    }

    /// <summary>Signature and documentation of the symbol at <paramref name="position"/>, if any.</summary>
    public async Task<bool> InspectAsync(long id, string code, int position)
    {
        var text = await _workspace.InspectAsync(code, position, _options.MetadataReferences);
        _context.Events.Send(WorkerProtocol.Inspection, id, new JsonObject { ["found"] = text is not null, ["text"] = text ?? string.Empty });
        return true;
    }

    public void SendError(long id, ErrorReport report)
    {
        _context.Capture.Flush();
        _context.Events.Send(WorkerProtocol.Error, id, new JsonObject
        {
            ["ename"] = report.Name,
            ["evalue"] = report.Value,
            ["traceback"] = WorkerProtocol.ToArray(report.Traceback),
            ["line"] = report.Line,
        });
    }

    private static bool HasReturnValue(Script script) =>
        HasReturnValueMethod?.Invoke(script, null) is bool value ? value : script.ReturnType != typeof(void);

    // Every assembly of the shared framework, so that any System.* namespace works without #r, as in a project.
    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n
                && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll" or "Microsoft.Win32.Primitives.dll")
                && !n.StartsWith("System.Private.", StringComparison.Ordinal)
                && !n.Contains(".Native.", StringComparison.Ordinal))
            .Append(typeof(object).Assembly.Location)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
    }
}
