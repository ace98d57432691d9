using System.Runtime.InteropServices;

namespace Notebooks.Book.Cache;

/// <summary>Where a chapter was executed: what a reader needs to judge its numbers and timings.</summary>
/// <param name="OperatingSystem">The distribution's name (<c>PRETTY_NAME</c> of os-release), else the kernel's description.</param>
/// <param name="Runtime">The .NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="Processor">The CPU model, or the architecture where it is unknown.</param>
/// <param name="LogicalCores">Logical cores seen by the process.</param>
/// <param name="Packages">Resolved NuGet packages of the notebook, "name version", sorted.</param>
public sealed record RunEnvironment(string OperatingSystem, string Runtime, string Processor, int LogicalCores, IReadOnlyList<string> Packages)
{
    /// <summary>Reads the machine this process runs on; <paramref name="packages"/> come from the notebook's resolution.</summary>
    public static RunEnvironment Capture(IReadOnlyList<string> packages) =>
        new(OperatingSystemName(), RuntimeInformation.FrameworkDescription, ProcessorName(), Environment.ProcessorCount, packages);

    /// <summary>One line for a page footer, e.g. "Debian GNU/Linux 13 (trixie), .NET 10.0.0, AMD EPYC 7B13 (2 cores)".</summary>
    public string Summary => $"{OperatingSystem}, {Runtime}, {Processor} ({LogicalCores} {(LogicalCores == 1 ? "core" : "cores")})";

    private static string OperatingSystemName()
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/os-release"))
            {
                if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                {
                    return line["PRETTY_NAME=".Length..].Trim('"');
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return RuntimeInformation.OSDescription;
    }

    private static string ProcessorName()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
