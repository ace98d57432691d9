using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class AssemblyReferenceTests
{
    [Fact]
    public async Task r_with_a_relative_path_resolves_against_the_notebooks_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "lib"));
        // Math.NET sits in the test output because the test project references it; any managed DLL would do.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "MathNet.Numerics.dll"), Path.Combine(folder.Path, "lib", "MathNet.Numerics.dll"));
        var notebook = NotebookFactory.Create(folder.Path, "#r \"lib/MathNet.Numerics.dll\"\nMathNet.Numerics.Euclid.GreatestCommonDivisor(12L, 18L)");

        var run = await Runs.RunAsync(notebook);

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        Assert.Equal("6", run.Notebook.Outputs(0).Single().Text());
    }

    [Fact]
    public async Task cells_run_with_the_notebooks_folder_as_current_directory()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "System.IO.File.WriteAllText(\"made.txt\", \"x\");");

        await Runs.RunAsync(notebook);

        Assert.True(File.Exists(Path.Combine(folder.Path, "made.txt")));
    }
}
