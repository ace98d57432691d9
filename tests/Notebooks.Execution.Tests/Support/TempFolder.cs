namespace Notebooks.Execution.Tests.Support;

/// <summary>A fresh folder for one test's notebook, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kit-exec-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that used it.
        }
    }
}
