using System.Collections.Concurrent;
using System.Reflection;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// Registers formatters for libraries the worker does not reference (Plotly.NET, Math.NET Numerics) when a
/// notebook loads them.
/// </summary>
/// <remarks>
/// The worker must not depend on these packages: a notebook brings its own versions with <c>#r</c>. So the
/// worker watches <see cref="AppDomain.AssemblyLoad"/>, only queues the assembly there (registering inside the
/// load event would load more assemblies re-entrantly), and registers before the next value is formatted.
/// </remarks>
internal static class OptionalFormatters
{
    private static readonly ConcurrentQueue<Assembly> Pending = new();
    private static readonly HashSet<string> Done = new(StringComparer.Ordinal);

    public static void Install()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Enqueue(e.LoadedAssembly);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Enqueue(assembly);
        }
    }

    public static void RegisterPending()
    {
        while (Pending.TryDequeue(out var assembly))
        {
            var name = assembly.GetName().Name ?? string.Empty;
            lock (Done)
            {
                if (!Done.Add(name + "/" + assembly.GetName().Version))
                {
                    continue;
                }
            }

            if (name == "Plotly.NET")
            {
                PlotlyFormatter.Register(assembly);
            }
            else if (name == "MathNet.Numerics")
            {
                MathNetFormatter.Register(assembly);
            }
        }
    }

    private static void Enqueue(Assembly assembly)
    {
        var name = assembly.GetName().Name;
        if (name is "Plotly.NET" or "MathNet.Numerics")
        {
            Pending.Enqueue(assembly);
        }
    }
}
