using System.IO.Compression;
using Notebooks.Book.Cache;
using Notebooks.Documents;

namespace Notebooks.Book.Tests;

public sealed class CacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Key(Notebook notebook, string library = "lib", string[]? packages = null) =>
        CacheKey.Compute(notebook, library, packages ?? ["DeepMath 0.1.0", "TorchSharp-cpu 0.107.0"], "engine");

    [Fact]
    public void editing_prose_keeps_the_key_so_a_page_re_renders_without_re_running()
    {
        var before = Chapters.Foundations();
        var after = Chapters.Foundations();
        after.Cells[0].Source += "\n\nA new paragraph.";
        Assert.Equal(Key(before), Key(after));
    }

    [Fact]
    public void the_key_changes_with_a_cell_a_tag_the_library_a_package_version_or_the_engine()
    {
        var notebook = Chapters.Foundations();
        var key = Key(notebook);

        var edited = Chapters.Foundations();
        edited.Cells.Code.First(c => c.Source.StartsWith("var net", StringComparison.Ordinal)).Source += " ";
        var tagged = Chapters.Foundations();
        Chapters.Tag(tagged.Cells.Code.First(), "skip-execution");

        Assert.NotEqual(key, Key(edited));
        Assert.NotEqual(key, Key(tagged));
        Assert.NotEqual(key, Key(notebook, library: "rebuilt"));
        Assert.NotEqual(key, Key(notebook, packages: ["DeepMath 0.1.0", "TorchSharp-cpu 0.108.0"]));
        Assert.NotEqual(key, CacheKey.Compute(notebook, "lib", ["DeepMath 0.1.0", "TorchSharp-cpu 0.107.0"], "another engine"));
        Assert.Equal(key, Key(Chapters.Foundations(), packages: ["TorchSharp-cpu 0.107.0", "DeepMath 0.1.0"])); // order is irrelevant
    }

    [Fact]
    public void a_repacked_library_with_the_same_content_keeps_its_fingerprint_and_a_changed_one_does_not()
    {
        var feed = Path.Combine(_folder, "packages");
        Directory.CreateDirectory(feed);
        var nupkg = Path.Combine(feed, "DeepMath.0.1.0.nupkg");

        WritePackage(nupkg, dll: "build 1", randomId: "a1b2");
        var first = CacheKey.LibraryFingerprint([feed]);
        WritePackage(nupkg, dll: "build 1", randomId: "ffee"); // dotnet pack again: fresh ids and timestamps
        var repacked = CacheKey.LibraryFingerprint([feed]);
        WritePackage(nupkg, dll: "build 2", randomId: "ffee");
        var changed = CacheKey.LibraryFingerprint([feed]);

        Assert.Equal(first, repacked);
        Assert.NotEqual(first, changed);
        Assert.Equal(CacheKey.LibraryFingerprint([]), CacheKey.LibraryFingerprint([Path.Combine(_folder, "missing")]));
    }

    [Fact]
    public void a_stored_run_comes_back_only_under_its_own_key()
    {
        var cache = new ExecutionCache(_folder);
        var executed = Chapters.Foundations();
        cache.Store("00-foundations", executed, Chapters.Record(6, key: "k1"));

        var hit = cache.TryLoad("00-foundations", "k1");
        Assert.NotNull(hit);
        Assert.Equal(executed.ToJson(), hit.Value.Executed.ToJson());
        Assert.Equal(Chapters.Record(6, key: "k1").CellSeconds, hit.Value.Record.CellSeconds);
        Assert.Equal("Test CPU", hit.Value.Record.Environment.Processor);
        Assert.Null(cache.TryLoad("00-foundations", "k2"));
        Assert.Null(cache.TryLoad("01-approximation", "k1"));
    }

    [Fact]
    public void a_failed_run_is_not_kept_and_a_damaged_entry_is_a_miss()
    {
        var cache = new ExecutionCache(_folder);
        cache.Store("bad", Chapters.Foundations(), Chapters.Record(6, key: "k", failures: 1));
        Assert.False(File.Exists(Path.Combine(_folder, "bad.ipynb")));

        cache.Store("good", Chapters.Foundations(), Chapters.Record(6, key: "k"));
        File.WriteAllText(Path.Combine(_folder, "good.run.json"), "{ not json");
        Assert.Null(cache.TryLoad("good", "k"));
    }

    [Fact]
    public void cached_outputs_join_the_current_prose()
    {
        var executed = Chapters.Foundations();
        var current = Chapters.Foundations();
        foreach (var cell in current.Cells.Code) cell.ClearOutputs();
        current.Cells[0].Source = "# 00 · Foundations, revised";

        var merged = ExecutionCache.WithOutputsOf(current, executed);

        Assert.Equal("# 00 · Foundations, revised", merged.Cells[0].Source);
        Assert.Equal(executed.Cells.Code.Select(c => c.Outputs.ToJsonString()), merged.Cells.Code.Select(c => c.Outputs.ToJsonString()));
        Assert.All(current.Cells.Code, c => Assert.Empty(c.Outputs)); // the current notebook is not modified
    }

    [Fact]
    public void package_directives_are_read_from_every_code_cell()
    {
        var packages = NotebookPackages.Of(Chapters.Foundations());
        Assert.Equal("DeepMath, 0.1.0", Assert.Single(packages.Requests).ToString());
        Assert.Equal(["../artifacts/packages"], packages.Sources);
        Assert.Equal([Path.GetFullPath("/repo/artifacts/packages")], packages.LocalFolders("/repo/notebooks"));
    }

    private static void WritePackage(string path, string dll, string randomId)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string content)
        {
            var entry = zip.CreateEntry(name);
            entry.LastWriteTime = DateTimeOffset.Now;
            using var writer = new StreamWriter(entry.Open());
            writer.Write(content);
        }

        Add("_rels/.rels", $"<Relationship Id=\"R{randomId}\" />");
        Add("DeepMath.nuspec", "<package><metadata><id>DeepMath</id><version>0.1.0</version></metadata></package>");
        Add("lib/net10.0/DeepMath.dll", dll);
        Add($"package/services/metadata/core-properties/{randomId}.psmdcp", randomId);
    }
}
