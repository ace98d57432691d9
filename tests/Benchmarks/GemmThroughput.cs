using System.Diagnostics;
using TorchSharp;
using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>
/// fp32 matrix products (torch.mm, n = 1024) in GFLOP/s, against the CPU's theoretical peak. Measured twice, in
/// child processes: with libtorch's defaults (MKL picks its fastest branch, all cores) and with the chapters'
/// deterministic environment (MKL's COMPATIBLE branch, SSE2 without approximations, one thread), so the report shows
/// what reproducibility costs.
/// </summary>
internal static class GemmThroughput
{
    private const int N = 1024;
    private const int Repetitions = 20;

    /// <summary>Measures in this process; prints one figure, GFLOP/s.</summary>
    public static double Measure()
    {
        using var a = torch.randn(N, N);
        using var b = torch.randn(N, N);
        for (var i = 0; i < 3; i++) torch.mm(a, b).Dispose();   // warm-up: thread pool, packing buffers
        var seconds = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            torch.mm(a, b).Dispose();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        return 2.0 * N * N * N / Median(seconds) / 1e9;
    }

    public static IReadOnlyList<Row> Run(MachineInfo machine, Func<IReadOnlyDictionary<string, string>, double> inChild,
        IReadOnlyDictionary<string, string> deterministic)
    {
        Progress("GEMM: libtorch defaults, then the chapters' deterministic environment");
        var fast = inChild(new Dictionary<string, string>());
        var reproducible = inChild(deterministic);
        var all = machine.Cores;
        return
        [
            new("GEMM", $"torch.mm fp32 {N}×{N}, libtorch defaults ({all} threads)", $"{F(fast)} GFLOP/s",
                $"{F(100 * fast / machine.PeakGflops(all))} % of peak {F(machine.PeakGflops(all), "F0")} GFLOP/s = {machine.PeakFormula(all)}"),
            new("GEMM", $"torch.mm fp32 {N}×{N}, chapters' environment (1 thread, MKL COMPATIBLE)", $"{F(reproducible)} GFLOP/s",
                $"{F(100 * reproducible / machine.PeakGflops(1))} % of the 1-core peak {F(machine.PeakGflops(1), "F0")} GFLOP/s (SSE2 code path: at most 4 lanes)"),
        ];
    }
}
