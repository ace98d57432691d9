using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Notebooks.Documents;
using Notebooks.Execution;

namespace Notebooks.Book.Cache;

/// <summary>
/// The key under which a chapter's execution is cached: a SHA-256 over everything that can change its outputs.
/// An unchanged key means the stored outputs are what a fresh run would print.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Cells</b>: every code cell's kernel, tags and source, in order (Markdown cells do not run, so editing prose
/// re-renders a page without re-running it).</item>
/// <item><b>Library build</b>: the content of the packages in the notebook's local sources (<c>#i
/// "nuget: ../artifacts/packages"</c>, i.e. the packed DeepMath): each entry's name and bytes, without the two entries
/// NuGet fills with fresh random ids on every pack.</item>
/// <item><b>Package versions</b>: every package the notebook's <c>#r "nuget: …"</c> resolves to, transitive ones
/// included ("TorchSharp-cpu 0.107.0", …).</item>
/// <item><b>Engine</b>: the runner and worker assemblies that execute and format the cells, and the environment
/// variables the run sets (<see cref="RunOptions.DeterministicTorchEnvironment"/>).</item>
/// </list>
/// </remarks>
public static class CacheKey
{
    /// <summary>Combines the four parts into the key (hex).</summary>
    /// <param name="notebook">The chapter as it is now.</param>
    /// <param name="libraryFingerprint">From <see cref="LibraryFingerprint"/>.</param>
    /// <param name="packages">Resolved packages, "name version".</param>
    /// <param name="engineFingerprint">From <see cref="EngineFingerprint"/>.</param>
    public static string Compute(Notebook notebook, string libraryFingerprint, IEnumerable<string> packages, string engineFingerprint)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var text = new StringBuilder();
        text.Append("cells\n");
        foreach (var cell in notebook.Cells.Code)
        {
            Field(text, cell.Kernel.Name);
            Field(text, string.Join(",", cell.Tags.Order(StringComparer.Ordinal)));
            Field(text, cell.Source.ReplaceLineEndings("\n"));
        }

        text.Append("library\n");
        Field(text, libraryFingerprint);
        text.Append("packages\n");
        foreach (var package in packages.Order(StringComparer.OrdinalIgnoreCase))
        {
            Field(text, package);
        }

        text.Append("engine\n");
        Field(text, engineFingerprint);
        foreach (var (name, value) in RunOptions.DeterministicTorchEnvironment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Field(text, $"{name}={value}");
        }

        return Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The content hash of every <c>.nupkg</c> in the given folders (none: a fixed value).</summary>
    /// <param name="localFolders">Absolute paths of local package sources; missing folders count as empty.</param>
    public static string LibraryFingerprint(IEnumerable<string> localFolders)
    {
        var text = new StringBuilder();
        foreach (var folder in localFolders.Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var nupkg in Directory.EnumerateFiles(folder, "*.nupkg", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Field(text, Path.GetFileName(nupkg));
                Field(text, PackageContentHash(nupkg));
            }
        }

        return Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// A hash of a package's content that ignores what <c>dotnet pack</c> makes different on every run of the same
    /// build: entry timestamps, and the random ids in <c>_rels/.rels</c> and the core-properties part.
    /// </summary>
    public static string PackageContentHash(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal)
                || entry.FullName == "_rels/.rels")
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(entry.FullName + "\n" + entry.Length + "\n"));
            using var stream = entry.Open();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of the engine that runs and formats cells: Notebooks.Execution and its worker.</summary>
    public static string EngineFingerprint()
    {
        var execution = typeof(NotebookRunner).Assembly.Location;
        var worker = Path.Combine(Path.GetDirectoryName(execution)!, "worker", "Notebooks.Execution.Worker.dll");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { execution, worker }.Where(File.Exists))
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Field(StringBuilder text, string value) => text.Append(value.Length).Append(':').Append(value).Append('\n');

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
