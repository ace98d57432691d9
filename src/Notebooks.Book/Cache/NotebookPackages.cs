using Notebooks.Documents;
using Notebooks.Execution.Packages;

namespace Notebooks.Book.Cache;

/// <summary>The packages a notebook asks for with <c>#r "nuget: …"</c> and the sources it adds with <c>#i</c>.</summary>
/// <param name="Requests">Every package reference, in cell order.</param>
/// <param name="Sources">Every source, as written.</param>
public sealed record NotebookPackages(IReadOnlyList<PackageRequest> Requests, IReadOnlyList<string> Sources)
{
    /// <summary>Reads the directives of every C# code cell (malformed ones are skipped: the run reports them).</summary>
    public static NotebookPackages Of(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var requests = new List<PackageRequest>();
        var sources = new List<string>();
        foreach (var cell in notebook.Cells.Code)
        {
            foreach (var line in cell.Source.Split('\n'))
            {
                if (!PackageDirective.TryParse(line, out var directive)) continue;
                if (directive is PackageReferenceDirective reference) requests.Add(reference.Package);
                else if (directive is PackageSourceDirective source) sources.Add(source.Source);
            }
        }

        return new NotebookPackages(requests, sources);
    }

    /// <summary>The sources that are local folders, made absolute against <paramref name="notebookDirectory"/>.</summary>
    public IReadOnlyList<string> LocalFolders(string notebookDirectory) =>
        [.. Sources.Where(s => !s.Contains("://", StringComparison.Ordinal)).Select(s => Path.GetFullPath(s, notebookDirectory))];

    /// <summary>Resolves the requests as a run would ("name version", sorted); empty when the notebook asks for none.</summary>
    /// <exception cref="PackageResolutionException">NuGet could not resolve them.</exception>
    public async Task<IReadOnlyList<string>> ResolveAsync(PackageResolver resolver, string notebookDirectory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (Requests.Count == 0) return [];
        var resolution = await resolver.ResolveAsync(Requests, Sources, notebookDirectory, ct).ConfigureAwait(false);
        return [.. resolution.Packages.Select(p => $"{p.Name} {p.Version}").Order(StringComparer.OrdinalIgnoreCase)];
    }
}
