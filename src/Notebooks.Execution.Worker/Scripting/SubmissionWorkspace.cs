using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Tags;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>
/// A Roslyn workspace that mirrors the scripting state, for completion and quick info: one submission project per
/// cell that compiled, each referencing the previous one (as Roslyn's interactive window does), so a cell being typed
/// sees the variables, methods and usings of the cells run before it.
/// </summary>
/// <remarks>
/// It lives in the worker because the worker holds the exact references (framework, <c>#r</c>, restored packages) and
/// the code the state was built from; a copy in the kernel would have to replay both. The workspace (and the
/// Features assemblies behind it) is created on the first request only, so runs that never complete pay nothing.
/// </remarks>
internal sealed class SubmissionWorkspace(IReadOnlyList<string> imports, Type globalsType)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private readonly List<(string Code, IReadOnlyList<MetadataReference> References)> _submissions = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AdhocWorkspace? _workspace;
    private ProjectId? _last;
    private int _built;

    /// <summary>Records a cell that compiled; it joins the workspace lazily, on the next request.</summary>
    public void AddSubmission(string code, IEnumerable<MetadataReference> references) =>
        _submissions.Add((code, [.. references.OfType<PortableExecutableReference>()]));

    /// <summary>The span to replace (UTF-16 offsets) and the matching completions at <paramref name="position"/>.</summary>
    public async Task<(int Start, int End, IReadOnlyList<string> Matches)> CompleteAsync(
        string code, int position, IEnumerable<MetadataReference> references)
    {
        position = Math.Clamp(position, 0, code.Length);
        var document = await DocumentAsync(code, references);
        var service = CompletionService.GetService(document);
        if (service is null)
        {
            return (position, position, []);
        }

        var list = await service.GetCompletionsAsync(document, position);
        var span = list.Span;
        var prefix = code[span.Start..Math.Max(span.Start, position)];
        var names = list.ItemsList
            .Where(i => !i.Tags.Contains(WellKnownTags.Snippet)) // `for`/`forr` templates are editor snippets, not names
            .Select(i => i.Properties.TryGetValue("InsertionText", out var insert) ? insert : i.DisplayText)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var matches = names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            matches = [.. names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))];
        }

        return (span.Start, Math.Max(span.End, position), matches);
    }

    /// <summary>Quick info (signature and summary) of the symbol at or just before <paramref name="position"/>.</summary>
    public async Task<string?> InspectAsync(string code, int position, IEnumerable<MetadataReference> references)
    {
        position = Math.Clamp(position, 0, code.Length);
        var document = await DocumentAsync(code, references);
        var service = QuickInfoService.GetService(document);
        if (service is null)
        {
            return null;
        }

        // Jupyter clients put the cursor after the name (`Console.WriteLine|`), Roslyn wants it on the name.
        foreach (var at in new[] { position, position - 1 }.Where(p => p >= 0 && p <= code.Length))
        {
            var info = await service.GetQuickInfoAsync(document, at);
            if (info is { Sections.Length: > 0 })
            {
                var text = new StringBuilder();
                foreach (var section in info.Sections)
                {
                    text.AppendLine(section.Text);
                }

                return text.ToString().TrimEnd();
            }
        }

        return null;
    }

    private async Task<Document> DocumentAsync(string code, IEnumerable<MetadataReference> references)
    {
        await _gate.WaitAsync();
        try
        {
            _workspace ??= new AdhocWorkspace(MefHostServices.DefaultHost);
            while (_built < _submissions.Count)
            {
                var (previous, refs) = _submissions[_built++];
                var (solution0, projectId, _) = AddProject(previous, refs, _workspace.CurrentSolution, probe: false);
                if (!_workspace.TryApplyChanges(solution0))
                {
                    throw new InvalidOperationException("The completion workspace rejected a submission.");
                }

                _last = projectId;
            }

            var (solution, _, documentId) = AddProject(code, [.. references.OfType<PortableExecutableReference>()], _workspace.CurrentSolution, probe: true);
            return solution.GetDocument(documentId)!;
        }
        finally
        {
            _gate.Release();
        }
    }

    private (Solution Solution, ProjectId Project, DocumentId Document) AddProject(
        string code, IReadOnlyList<MetadataReference> references, Solution solution, bool probe)
    {
        var id = ProjectId.CreateNewId();
        var name = $"Submission{_built}{(probe ? "-probe" : string.Empty)}";
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: imports, nullableContextOptions: NullableContextOptions.Disable);
        var info = ProjectInfo.Create(id, VersionStamp.Create(), name, name, LanguageNames.CSharp,
            compilationOptions: options, parseOptions: ParseOptions, metadataReferences: references,
            projectReferences: _last is null ? [] : [new ProjectReference(_last)],
            isSubmission: true, hostObjectType: globalsType);
        var documentId = DocumentId.CreateNewId(id);
        solution = solution.AddProject(info).AddDocument(documentId, name + ".csx", SourceText.From(code, Encoding.UTF8));
        return (solution, id, documentId);
    }
}
