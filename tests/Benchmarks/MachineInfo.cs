using System.Globalization;
using System.Runtime.InteropServices;

namespace Benchmarks;

/// <summary>What the machine is, and the theoretical fp32 peak derived from its clock, cores and vector width.</summary>
/// <param name="Model">The CPU's model name, e.g. "AMD EPYC".</param>
/// <param name="Vendor">GenuineIntel or AuthenticAMD.</param>
/// <param name="Family">The CPU family number (AMD 25 = Zen 3/4, 26 = Zen 5).</param>
/// <param name="Megahertz">The clock the kernel reports (in a VM usually the nominal clock), e.g. 2096.</param>
/// <param name="Cores">Logical processors .NET sees.</param>
/// <param name="Flags">The CPU flags that matter here (fma, avx2, avx512f).</param>
internal sealed record MachineInfo(string Model, string Vendor, int Family, double Megahertz, int Cores, IReadOnlySet<string> Flags)
{
    /// <summary>fp32 lanes one FMA unit processes per cycle.</summary>
    /// <remarks>
    /// AVX-512: 16, except on AMD Zen 4 (family 25), which splits 512-bit operations into two 256-bit halves (8).
    /// AVX2 with FMA: 8. Otherwise SSE: 4.
    /// </remarks>
    public int Lanes => Flags.Contains("avx512f") && !(Vendor == "AuthenticAMD" && Family < 26) ? 16
        : Flags.Contains("fma") ? 8 : 4;

    /// <summary>Assumed FMA units per core: 2, as on Intel since Haswell (server parts with AVX-512 included) and AMD since Zen 2.</summary>
    public const int FmaUnits = 2;

    /// <summary>Peak fp32 GFLOP/s on <paramref name="threads"/> cores: cores × GHz × lanes × FMA units × 2 flops per FMA.</summary>
    public double PeakGflops(int threads) => threads * Megahertz / 1000 * Lanes * FmaUnits * 2;

    /// <summary>How the peak was derived, for the report.</summary>
    public string PeakFormula(int threads) =>
        $"{threads} core{(threads == 1 ? "" : "s")} × {Megahertz / 1000:F2} GHz × {Lanes} fp32 lanes × {FmaUnits} FMA units × 2";

    /// <summary>One line describing the machine.</summary>
    public override string ToString() =>
        $"{Model} ({Vendor}, family {Family}, {Megahertz:F0} MHz), {Cores} cores, {string.Join('/', Flags.Order())}, " +
        $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    /// <summary>Reads /proc/cpuinfo (Linux; elsewhere the fields stay unknown).</summary>
    public static MachineInfo Read()
    {
        var fields = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").TakeWhile(l => l.Length > 0).Select(l => l.Split(':', 2))
                .Where(p => p.Length == 2).GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim())
            : [];
        string Field(string key) => fields.GetValueOrDefault(key, "unknown");
        var flags = Field("flags").Split(' ').Where(f => f is "fma" or "avx2" or "avx512f").ToHashSet();
        return new MachineInfo(Field("model name"), Field("vendor_id"),
            int.TryParse(Field("cpu family"), out var family) ? family : 0,
            double.TryParse(Field("cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz) ? mhz : double.NaN,
            Environment.ProcessorCount, flags);
    }
}
