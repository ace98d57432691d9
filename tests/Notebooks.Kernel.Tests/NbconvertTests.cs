using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Documents;
using Notebooks.Kernel.Tests.Support;
using TestSupport;

namespace Notebooks.Kernel.Tests;

public sealed class NbconvertTests
{
    private static readonly string NotebooksFolder = Path.Combine(RepositoryPaths.Root, "notebooks");
    private static readonly OutputNormalizer Normalizer = OutputNormalizer.ForRepository(RepositoryPaths.Root);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Whatever chapters exist when the tests run (other chapters are being written in parallel).
    public static TheoryData<string> Chapters() =>
        [.. Directory.GetFiles(NotebooksFolder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()];

    /// <summary>
    /// Debian's nbconvert (nbclient, jupyter_client) executes the chapter with this kernel, chosen by the notebook's
    /// own kernelspec name (.net-csharp, as Polyglot writes it), and every cell's outputs and execution count equal
    /// those of <c>kit run</c> after the snapshot normaliser.
    /// </summary>
    [Theory]
    [MemberData(nameof(Chapters))]
    public async Task nbconvert_with_the_kernel_gives_the_outputs_of_kit_run(string chapter)
    {
        var output = Directory.CreateTempSubdirectory("kit-nbconvert-").FullName;
        using var cleanup = new TemporaryFolder(output);
        var source = Path.Combine(NotebooksFolder, chapter);

        var viaKernel = Path.Combine(output, "kernel");
        var (status, log) = await InstalledKernel.PythonAsync(NotebooksFolder, TimeSpan.FromMinutes(10),
            "-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600",
            "--output-dir", viaKernel, source);
        Assert.True(status == 0, log);
        var viaRun = Path.Combine(output, "run");
        var (runStatus, runLog) = await KitRunAsync(source, viaRun);
        Assert.True(runStatus == 0, runLog);

        var expected = Normalizer.Normalize(Notebook.Load(Path.Combine(viaRun, chapter)));
        var actual = Normalizer.Normalize(Notebook.Load(Path.Combine(viaKernel, chapter)));
        Assert.Contains(expected, cell => cell!["outputs"]!.AsArray().Count > 0); // a chapter shows something to compare
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"kit run:\n{expected.ToJsonString(Indented)}\n\nnbconvert with the kernel:\n{actual.ToJsonString(Indented)}");
    }

    private static async Task<(int, string)> KitRunAsync(string notebook, string outputDirectory)
    {
        var start = new ProcessStartInfo(InstalledKernel.Dotnet)
        {
            ArgumentList = { InstalledKernel.KitDll, "run", "--output-dir", outputDirectory, notebook },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private sealed class TemporaryFolder(string path) : IDisposable
    {
        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}
