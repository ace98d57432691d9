namespace Notebooks.Documents.Tests;

/// <summary>The committed fixtures (Fixtures/, copied to the output directory) and scratch directories.</summary>
internal static class Fixture
{
    /// <summary>Every fixture, each written by the tool its name says (see the generators beside them).</summary>
    public static TheoryData<string> All => new()
    {
        "jupyter-unexecuted.ipynb",
        "jupyter-executed.ipynb",
        "jupyter-nbformat-4.4.ipynb",
        "vscode-polyglot.ipynb",
        "dotnet-interactive.ipynb",
    };

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static Notebook Load(string name) => Notebook.Load(PathOf(name));

    /// <summary>A fresh directory under the system temp folder, deleted when disposed.</summary>
    public static TempDirectory TempDirectory() => new();
}

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("nbdoc-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
