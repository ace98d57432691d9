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

    // Roslyn binds each submission anew against every referenced assembly: a trivial cell compiles in ~13 ms against
    // the 164 assemblies of the shared framework and in ~7 ms against these 30 (plus the assemblies they reference,
    // which Roslyn's script resolver adds by itself), measured in docs/benchmarks.md. A session starts with these
    // and widens to the whole framework the first time a cell compiles only with it (System.Formats.Tar, say):
    // the same programs compile, faster.
    private static readonly HashSet<string> EverydayAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "mscorlib", "Microsoft.CSharp",
        "System.Console", "System.Collections", "System.Collections.Concurrent", "System.Collections.Immutable",
        "System.Linq", "System.Linq.Queryable", "System.Linq.Expressions", "System.Memory", "System.ObjectModel",
        "System.Runtime.Numerics", "System.Numerics.Vectors", "System.Runtime.Intrinsics", "System.Runtime.Extensions",
        "System.Runtime.InteropServices", "System.Text.RegularExpressions", "System.Text.Json",
        "System.Text.Encoding.Extensions", "System.Threading", "System.Threading.Tasks", "System.Threading.Tasks.Parallel",
        "System.ComponentModel", "System.ComponentModel.Primitives", "System.IO", "System.Diagnostics.Process",
        "System.Net.Http",
    ];

    // Script.HasReturnValue is internal; .NET Interactive reads it by reflection too. It tells a trailing
    // expression (`x`) apart from a statement (`x;`), which ReturnValue == null cannot.
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly WorkerContext _context;
    private readonly CellPaths _cells;
    private readonly ScriptGlobals _globals = new();
    private readonly SubmissionWorkspace _workspace = new(DefaultImports, typeof(ScriptGlobals));
    private ScriptOptions _options; // the whole framework
    private ScriptOptions? _everyday; // the everyday assemblies, until a cell needed more
    private ScriptState<object>? _state;
    private Script<object>? _checked;

    public ScriptSession(WorkerContext context, string directory)
    {
        _context = context;
        _cells = new CellPaths(directory);
        var framework = FrameworkReferences().ToList();
        var everyday = framework.Where(r => EverydayAssemblies.Contains(Path.GetFileNameWithoutExtension(r.FilePath ?? string.Empty))).ToList();
        _options = Options(framework, directory);
        _everyday = everyday.Count == EverydayAssemblies.Count ? Options(everyday, directory) : null;
    }

    private static ScriptOptions Options(IEnumerable<PortableExecutableReference> framework, string directory) =>
        ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(DefaultImports)
            .WithReferences(framework)
            .AddReferences(typeof(ScriptGlobals).Assembly, typeof(Formatter).Assembly)
            .WithMetadataResolver(new DefaultContextReferenceResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory)))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
            .WithEmitDebugInformation(true) // line numbers in stack traces
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Release); // chapters run numeric loops; Release keeps line info

    // Package assemblies load into the default context from their runtime paths, never through Roslyn's loader
    // (see DefaultContextReferenceResolver), so their compile references carry no path.
    public void AddReferences(IEnumerable<string> compileReferences)
    {
        var references = compileReferences.Select(p =>
        {
            using var stream = File.OpenRead(p);
            return (MetadataReference)MetadataReference.CreateFromStream(stream);
        }).ToList();
        _options = _options.AddReferences(references);
        _everyday = _everyday?.AddReferences(references);
    }

    /// <summary>Compiles and runs one cell; returns false when it failed to compile or threw.</summary>
    public async Task<bool> RunAsync(long id, string cellName, string label, string code)
    {
        var path = _cells.Register(cellName, label);
        var (script, diagnostics) = Compile(_state?.Script, code, path);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
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
        var (script, all) = Compile(_checked, code, _cells.Register(cellName, label));
        var diagnostics = all.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
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

    /// <summary>
    /// Compiles <paramref name="code"/> after <paramref name="previous"/> against the everyday assemblies, and against
    /// the whole framework when it does not compile with those; the session widens for good once that helps.
    /// </summary>
    private (Script<object> Script, ImmutableArray<Diagnostic> Diagnostics) Compile(Script? previous, string code, string path)
    {
        if (_everyday is not null)
        {
            var script = Create(previous, code, _everyday.WithFilePath(path));
            var diagnostics = script.Compile();
            if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return (script, diagnostics);
            }
        }

        var wide = Create(previous, code, _options.WithFilePath(path));
        var wideDiagnostics = wide.Compile();
        if (!wideDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            _everyday = null;
        }

        return (wide, wideDiagnostics);
    }

    private static Script<object> Create(Script? previous, string code, ScriptOptions options) =>
        previous is null
            ? CSharpScript.Create<object>(code, options, typeof(ScriptGlobals))
            : previous.ContinueWith<object>(code, options);

    private static bool HasReturnValue(Script script) =>
        HasReturnValueMethod?.Invoke(script, null) is bool value ? value : script.ReturnType != typeof(void);

    // Every assembly of the shared framework, so that any System.* namespace works without #r, as in a project.
    private static IEnumerable<PortableExecutableReference> FrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n
                && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll" or "Microsoft.Win32.Primitives.dll")
                && !n.StartsWith("System.Private.", StringComparison.Ordinal)
                && !n.Contains(".Native.", StringComparison.Ordinal))
            .Append(typeof(object).Assembly.Location)
            .Select(f => MetadataReference.CreateFromFile(f));
    }
}
