using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Notebooks.Documents;
using Notebooks.Execution.Grading;
using Notebooks.Execution.Packages;

namespace Notebooks.Book.Export;

/// <summary>Where the exported app finds what the notebook loads with <c>#r "nuget: …"</c>.</summary>
/// <param name="LibraryProject">The kit's library project (<c>src/DeepMath/DeepMath.csproj</c>), referenced with
/// <c>#:project</c> in place of the packed DeepMath package; null to keep <c>#:package DeepMath@…</c>.</param>
/// <param name="FormattingVersion">The version of Microsoft.DotNet.Interactive.Formatting the worker uses, so that
/// values print as in the notebook.</param>
public sealed record AppExportOptions(string? LibraryProject, string FormattingVersion);

/// <summary>
/// Turns a notebook into a .NET 10 file-based app (<c>dotnet run FILE.cs</c>): <c>#:package</c> directives for
/// its packages, a <c>#:project</c> reference to the kit's library, its code cells in order as top-level
/// statements and its Markdown as comments, then a small host that prints what the notebook shows.
/// </summary>
/// <remarks>
/// A notebook is a C# script; a program is not, so each cell is parsed as a script with Roslyn and adapted:
/// <c>using</c> directives move to the top and type declarations to the end (C# wants them there), a trailing
/// expression becomes <c>NotebookHost.Show(() =&gt; …);</c>, and cells tagged <c>raises-exception</c> or
/// <c>tests</c> run inside <c>try</c> so that their errors are shown and the program goes on, as the notebook does.
/// What cannot be adapted is a variable declared twice at the top level (legal in a notebook, not in a program).
/// </remarks>
public static class AppExporter
{
    private static readonly string[] DefaultUsings =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly CSharpParseOptions ScriptOptions =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The app's source text.</summary>
    /// <param name="notebook">The notebook; its path names it in the header.</param>
    /// <param name="appPath">Where the app will be written (relative paths in directives start there).</param>
    /// <param name="options">Where the kit's library is, and the formatting package's version.</param>
    public static string Export(Notebook notebook, string appPath, AppExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var appFolder = Path.GetDirectoryName(Path.GetFullPath(appPath))!;
        var usings = new List<string>(DefaultUsings.Select(u => $"using {u};"));
        usings.Add("using Microsoft.DotNet.Interactive.Formatting;");
        var types = new List<string>();
        var directives = new List<string>();
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            var number = cell.Index + 1;
            if (cell is MarkdownCell || cell is RawCell)
            {
                body.Append('\n').Append(Comment(cell.Source));
                continue;
            }

            if (cell is not CodeCell code) continue;
            var head = $"// ── cell {number} ";
            body.Append('\n').Append(head).Append(new string('─', Math.Max(3, 116 - head.Length))).Append('\n');
            if (code.Kernel.Name != "csharp")
            {
                body.Append(Comment($"(a {code.Kernel.Name} cell: not part of the program)\n" + code.Source));
                continue;
            }

            if (code.HasTag("skip-execution"))
            {
                body.Append(Comment("(tagged skip-execution: the notebook does not run it)\n" + code.Source));
                continue;
            }

            var source = Directives(code.Source, appFolder, options, directives);
            var (text, cellUsings, cellTypes) = Adapt(source);
            foreach (var u in cellUsings.Where(u => !usings.Contains(u))) usings.Add(u);
            types.AddRange(cellTypes);
            body.Append($"NotebookHost.Cell({number});\n");
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (code.HasTag("raises-exception") || code.HasTag(ExerciseNotebook.TestsTag))
            {
                var why = code.HasTag("raises-exception") ? "the notebook expects this cell to fail" : "an exercise's tests: a failure is shown, the rest still runs";
                body.Append($"try // {why}\n{{\n").Append(Indent(text.Trim('\n'))).Append("\n}\ncatch (Exception error)\n{\n    NotebookHost.Error(error);\n}\n");
            }
            else
            {
                body.Append(text.Trim('\n')).Append('\n');
            }
        }

        var app = new StringBuilder();
        var title = notebook.Cells.OfType<MarkdownCell>().Select(c => c.Source.Split('\n')[0]).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..];
        app.Append("#!/usr/bin/env dotnet\n")
            .Append($"// {title ?? Path.GetFileNameWithoutExtension(notebook.Path)}\n")
            .Append($"// Exported from {Path.GetFileName(notebook.Path)} {Signature}: the notebook's code cells in order, its Markdown as\n")
            .Append("// comments. Run it with `dotnet run ").Append(Path.GetFileName(appPath)).Append("`; it prints what the notebook's cells show (charts as a\n")
            .Append("// line of text). For the notebook's exact numbers set the environment `kit` uses (ATEN_CPU_CAPABILITY=default\n")
            .Append("// MKL_CBWR=AVX,STRICT ONEDNN_MAX_CPU_ISA=AVX2 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1).\n");
        foreach (var directive in directives.Distinct()) app.Append(directive).Append('\n');
        app.Append($"#:package Microsoft.DotNet.Interactive.Formatting@{options.FormattingVersion}\n")
            // A notebook is not compiled as strictly as the kit's own code, and this program is not trimmed.
            .Append("#:property TreatWarningsAsErrors=false\n#:property WarningLevel=0\n#:property Nullable=disable\n")
            .Append("#:property ImplicitUsings=disable\n#:property PublishAot=false\n#:property ManagePackageVersionsCentrally=false\n\n");
        foreach (var u in usings) app.Append(u).Append('\n');
        app.Append("\nNotebookHost.Start();\n").Append(body).Append("\nNotebookHost.End();\n");
        foreach (var type in types) app.Append('\n').Append(type.Trim('\n')).Append('\n');
        app.Append('\n').Append(HostSource());
        return app.ToString();
    }

    /// <summary>Replaces <c>#r "nuget: …"</c> and <c>#i</c> lines by <c>#:package</c> / <c>#:project</c> directives (collected in <paramref name="directives"/>).</summary>
    private static string Directives(string source, string appFolder, AppExportOptions options, List<string> directives)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!PackageDirective.TryParse(lines[i], out var directive))
            {
                if (lines[i].TrimStart().StartsWith("#!", StringComparison.Ordinal)) lines[i] = "// " + lines[i];
                continue;
            }

            if (directive is PackageReferenceDirective { Package: var package })
            {
                directives.Add(package.Name == "DeepMath" && options.LibraryProject is { } project
                    ? $"#:project {Path.GetRelativePath(appFolder, project).Replace('\\', '/')}"
                    : $"#:package {package.Name}@{package.EffectiveVersion}");
            }

            lines[i] = string.Empty; // #i sources: the project reference and nuget.org take their place
        }

        return string.Join('\n', lines);
    }

    /// <summary>A cell's code as top-level statements, with its using directives and type declarations taken out.</summary>
    internal static (string Text, IReadOnlyList<string> Usings, IReadOnlyList<string> Types) Adapt(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source.ReplaceLineEndings("\n"), ScriptOptions);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var text = root.ToFullString();
        var edits = new List<(TextSpan Span, string Replacement)>();
        var usings = root.Usings.Select(u => u.ToString()).ToList();
        edits.AddRange(root.Usings.Select(u => (u.Span, string.Empty)));
        var types = new List<string>();
        foreach (var member in root.Members)
        {
            if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                types.Add(member.ToFullString());
                edits.Add((member.FullSpan, string.Empty));
            }
            else if (member is FieldDeclarationSyntax field && field.Modifiers.Any(m => !m.IsKind(SyntaxKind.ConstKeyword)))
            {
                // A script's `static int n = 0;` is a field; a program's top level has locals, which take no modifiers.
                var kept = field.Modifiers.Where(m => m.IsKind(SyntaxKind.ConstKeyword)).Select(m => m.Text + " ");
                edits.Add((TextSpan.FromBounds(field.Modifiers.Span.Start, field.Declaration.SpanStart), string.Concat(kept)));
            }
        }

        if (root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
        {
            edits.Add((new TextSpan(last.Expression.SpanStart, 0), "NotebookHost.Show(() => "));
            edits.Add((new TextSpan(last.Expression.Span.End, 0), ");"));
        }

        foreach (var (span, replacement) in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            text = text.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        }

        return (text, usings, types);
    }

    /// <summary>A header line of every exported app: an existing file that has it may be overwritten.</summary>
    public const string Signature = "by `kit export`";

    /// <summary>
    /// The version of Microsoft.DotNet.Interactive.Formatting that the kit's worker formats values with, read from the
    /// worker's deps.json beside Notebooks.Execution; the version the kit pins when it cannot be read.
    /// </summary>
    public static string WorkerFormattingVersion()
    {
        var execution = Path.GetDirectoryName(typeof(Notebooks.Execution.NotebookRunner).Assembly.Location)!;
        var deps = Path.Combine(execution, "worker", "Notebooks.Execution.Worker.deps.json");
        const string package = "\"Microsoft.DotNet.Interactive.Formatting/";
        if (File.Exists(deps) && File.ReadAllText(deps) is var json && json.IndexOf(package, StringComparison.Ordinal) is var at and >= 0)
        {
            var start = at + package.Length;
            return json[start..json.IndexOf('"', start)];
        }

        return "1.0.0-beta.23562.1";
    }

    /// <summary>The kit's library project above <paramref name="folder"/> (<c>src/DeepMath/DeepMath.csproj</c>), or null.</summary>
    public static string? FindLibraryProject(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "DeepMath", "DeepMath.csproj");
            if (File.Exists(project)) return project;
        }

        return null;
    }

    private static string Comment(string text) =>
        string.Concat(text.TrimEnd().Split('\n').Select(l => l.Length == 0 ? "//\n" : "// " + l.TrimEnd('\r') + "\n"));

    private static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? l : "    " + l));

    private static string HostSource()
    {
        using var stream = typeof(AppExporter).Assembly.GetManifestResourceStream("Assets/export/NotebookHost.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
