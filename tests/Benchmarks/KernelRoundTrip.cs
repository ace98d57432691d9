using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>
/// The Jupyter kernel: round trip of a trivial execute_request through jupyter_client, for the kit's kernel and
/// Debian's ipykernel in the same run (tests/Notebooks.Kernel.Tests/Benchmarks/roundtrip.py does the measuring).
/// </summary>
internal static class KernelRoundTrip
{
    public static IReadOnlyList<Row> Run()
    {
        Progress("kernel: installing the kernelspec into a temporary prefix, then 200 round trips per kernel");
        var prefix = Directory.CreateTempSubdirectory("kit-bench-kernel-").FullName;
        try
        {
            Repository.Run(Repository.Dotnet, [Repository.KitDll, "kernel", "install", "--prefix", prefix]);
            var script = Path.Combine(Repository.Root, "tests", "Notebooks.Kernel.Tests", "Benchmarks", "roundtrip.py");
            var output = Repository.Run("/usr/bin/python3", [script],
                new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter") });
            var figures = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))
                .ToDictionary(f => f[0], f => (Ready: double.Parse(f[1], Invariant), Median: double.Parse(f[2], Invariant), P95: double.Parse(f[3], Invariant)));
            var kit = figures[".net-csharp"];
            var python = figures["python3"];
            return
            [
                new("kernel", "execute_request round trip `1 + 1`, median of 200 (kit C# kernel)", Ms(kit.Median),
                    $"ipykernel {Ms(python.Median)} in the same run"),
                new("kernel", "execute_request round trip, p95 of 200 (kit C# kernel)", Ms(kit.P95), $"ipykernel {Ms(python.P95)}"),
                new("kernel", "kernel start to ready (kit C# kernel)", S(kit.Ready), $"ipykernel {S(python.Ready)}"),
            ];
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }
}
