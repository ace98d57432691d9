using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Documents;
using Notebooks.Kernel.Tests.Support;
using TestSupport;

namespace Notebooks.Kernel.Tests;

public sealed partial class NbconvertTests
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

        var expected = AsFrontEndsShowIt(Normalizer.Normalize(Notebook.Load(Path.Combine(viaRun, chapter))));
        var actual = AsFrontEndsShowIt(Normalizer.Normalize(Notebook.Load(Path.Combine(viaKernel, chapter))));
        Assert.Contains(expected, cell => cell!["outputs"]!.AsArray().Count > 0); // a chapter shows something to compare
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"kit run:\n{expected.ToJsonString(Indented)}\n\nnbconvert with the kernel:\n{actual.ToJsonString(Indented)}");
    }

    /// <summary>
    /// Removes the two differences between kit run and a kernel client that are not content: a cell's printed text
    /// arrives as one stream output from kit run but may come in several stream messages through the kernel (split
    /// where the worker's output timer flushed), which front ends show as one text, so adjacent streams of the same
    /// name are joined; and an error's traceback names the cell by its position in the notebook under kit run, but by
    /// its execution count under the kernel (a kernel never sees the notebook), so "at cell N" loses its number.
    /// </summary>
    private static JsonArray AsFrontEndsShowIt(JsonArray cells)
    {
        foreach (var cell in cells)
        {
            var outputs = cell!["outputs"]!.AsArray();
            for (var i = outputs.Count - 1; i > 0; i--)
            {
                var (previous, current) = (outputs[i - 1]!, outputs[i]!);
                if (Kind(previous) == "stream" && Kind(current) == "stream" && Name(previous) == Name(current))
                {
                    previous["text"] = Text(previous) + Text(current);
                    outputs.RemoveAt(i);
                }
            }

            foreach (var output in outputs)
            {
                if (Kind(output!) == "stream") output!["text"] = Text(output);
                if (output!["traceback"] is JsonArray traceback)
                {
                    for (var j = 0; j < traceback.Count; j++)
                    {
                        traceback[j] = CellNumber().Replace(traceback[j]!.GetValue<string>(), "at cell <n>,");
                    }
                }
            }
        }

        return cells;

        static string? Kind(JsonNode output) => output["output_type"]?.GetValue<string>();
        static string? Name(JsonNode output) => output["name"]?.GetValue<string>();
        static string Text(JsonNode output) => output["text"] switch
        {
            JsonArray lines => string.Join("\n", lines.Select(l => l!.GetValue<string>())), // the normaliser keeps text as lines without their "\n"
            JsonValue value => value.GetValue<string>(),
            _ => string.Empty,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"at cell \d+,")]
    private static partial System.Text.RegularExpressions.Regex CellNumber();

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
