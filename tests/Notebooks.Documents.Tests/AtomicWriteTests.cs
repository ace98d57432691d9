using System.Text.Json.Nodes;

namespace Notebooks.Documents.Tests;

/// <summary>NotebookFile.WriteAtomically replaces the file whole or not at all.</summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public void writing_replaces_the_file_and_keeps_its_mode()
    {
        using var temp = Fixture.TempDirectory();
        var path = temp.File("chapter.ipynb");
        File.Copy(Fixture.PathOf("jupyter-unexecuted.ipynb"), path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var notebook = Notebook.Load(path);
        notebook.Cells.Code.First().ExecutionCount = 7;
        NotebookFile.WriteAtomically(path, notebook);

        Assert.Equal(7, Notebook.Load(path).Cells.Code.First().ExecutionCount);
        Assert.Single(Directory.GetFiles(temp.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void a_failure_while_writing_leaves_the_original_intact_and_no_temporary_file()
    {
        using var temp = Fixture.TempDirectory();
        var path = temp.File("chapter.ipynb");
        File.Copy(Fixture.PathOf("vscode-polyglot.ipynb"), path);

        var ex = Assert.Throws<NotebookException>(() => NotebookFile.WriteAtomically(path, stream =>
        {
            stream.Write("{\n \"cells\": ["u8);
            throw new IOException("disk full");
        }));

        Assert.Equal($"{path}: cannot write the notebook: disk full", ex.Message);
        Assert.IsType<IOException>(ex.InnerException);
        Assert.Equal(Fixture.Bytes("vscode-polyglot.ipynb"), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void a_failure_while_serializing_leaves_the_original_intact()
    {
        using var temp = Fixture.TempDirectory();
        var path = temp.File("chapter.ipynb");
        File.Copy(Fixture.PathOf("jupyter-executed.ipynb"), path);
        var notebook = Notebook.Load(path);
        notebook.Cells.Code.First().Outputs.Add(new JsonObject { ["data"] = JsonValue.Create(new Unserializable()) });

        Assert.Throws<InvalidOperationException>(() => NotebookFile.WriteAtomically(path, notebook));

        Assert.Equal(Fixture.Bytes("jupyter-executed.ipynb"), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void a_missing_directory_is_a_notebook_exception_with_the_path()
    {
        using var temp = Fixture.TempDirectory();
        var path = Path.Combine(temp.Path, "no-such-dir", "chapter.ipynb");

        var ex = Assert.Throws<NotebookException>(() => NotebookFile.WriteAtomically(path, Notebook.CreatePolyglot()));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: cannot write the notebook: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_symbolic_link_is_followed_and_stays_a_link()
    {
        using var temp = Fixture.TempDirectory();
        var target = temp.File("real.ipynb");
        var link = temp.File("link.ipynb");
        File.Copy(Fixture.PathOf("jupyter-unexecuted.ipynb"), target);
        File.CreateSymbolicLink(link, target);

        var notebook = Notebook.Load(link);
        notebook.Cells.Code.First().ExecutionCount = 1;
        NotebookFile.WriteAtomically(link, notebook);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(1, Notebook.Load(target).Cells.Code.First().ExecutionCount);
    }

    private sealed class Unserializable
    {
        public string Value => throw new InvalidOperationException("cannot serialize");
    }
}
