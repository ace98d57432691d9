using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task cancelling_a_run_throws_and_leaves_no_worker_behind()
    {
        using var folder = new TempFolder();
        var notebook = NotebookFactory.Create(folder.Path, "while (true) { }");
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(e =>
        {
            if (e is CellStarted)
            {
                cts.CancelAfter(TimeSpan.FromSeconds(1));
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NotebookRunner.RunAsync(notebook, Runs.Options, progress, cts.Token));

        Assert.Empty(ProcessesIn(folder.Path));
    }

    [Fact]
    public async Task cancelling_a_cell_kills_its_worker()
    {
        using var folder = new TempFolder();
        await using var executor = await CellExecutor.StartAsync(new CellExecutorOptions { WorkingDirectory = folder.Path });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync(new CellRequest("while (true) { }", 1), ct: cts.Token));

        Assert.True(TimeLimitTests.IsGone(executor.WorkerProcessId));
    }

    // Tests run in parallel, so "our" worker is the process whose current directory is this test's folder.
    private static IEnumerable<int> ProcessesIn(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        return Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : -1)
            .Where(pid => pid > 0 && CurrentDirectory(pid) == folder);
    }

    private static string? CurrentDirectory(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(returnFinalTarget: false)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class SynchronousProgress(Action<CellEvent> report) : IProgress<CellEvent>
    {
        public void Report(CellEvent value) => report(value);
    }
}
