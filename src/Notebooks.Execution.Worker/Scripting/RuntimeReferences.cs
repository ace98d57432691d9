using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>
/// Where the runtime finds the assemblies and native libraries of restored packages (<c>#r "nuget: …"</c>).
/// </summary>
/// <remarks>
/// Roslyn compiles against the compile references (possibly reference assemblies); at run time the default load
/// context asks us for anything it cannot find, and we answer from the package's runtime assemblies. Native
/// libraries (TorchSharp's libtorch) are probed in the package's native folders.
/// </remarks>
internal static class RuntimeReferences
{
    private static readonly Dictionary<string, string> Assemblies = new(StringComparer.OrdinalIgnoreCase);
    private static readonly List<string> NativeDirectories = [];
    private static readonly List<string> ProbeDirectories = [];
    private static bool _installed;

    /// <summary>An assembly a cell referenced with <c>#r</c>; its folder is probed for its dependencies.</summary>
    public static void AddAssembly(string path)
    {
        lock (Assemblies)
        {
            Assemblies.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            var directory = Path.GetDirectoryName(path)!;
            if (!ProbeDirectories.Contains(directory))
            {
                ProbeDirectories.Add(directory);
            }

            Install();
        }
    }

    public static void Add(IEnumerable<string> runtimeAssemblies, IEnumerable<string> nativeDirectories)
    {
        lock (Assemblies)
        {
            foreach (var path in runtimeAssemblies)
            {
                Assemblies.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }

            NativeDirectories.AddRange(nativeDirectories.Except(NativeDirectories));
            Install();
        }

        // Native libraries that load their own dependencies (libtorch) rely on the search path, not on us.
        var variable = OperatingSystem.IsWindows() ? "PATH" : OperatingSystem.IsMacOS() ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
        var current = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, string.Join(Path.PathSeparator, NativeDirectories.Append(current ?? string.Empty)));
    }

    private static void Install()
    {
        if (!_installed)
        {
            AssemblyLoadContext.Default.Resolving += ResolveAssembly;
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += ResolveNative;
            _installed = true;
        }
    }

    private static Assembly? ResolveAssembly(AssemblyLoadContext context, AssemblyName name)
    {
        string? path;
        lock (Assemblies)
        {
            if (!Assemblies.TryGetValue(name.Name ?? string.Empty, out path))
            {
                path = ProbeDirectories.Select(d => Path.Combine(d, name.Name + ".dll")).FirstOrDefault(File.Exists);
            }
        }

        return path is null ? null : context.LoadFromAssemblyPath(path);
    }

    private static IntPtr ResolveNative(Assembly requester, string name)
    {
        string[] directories;
        lock (Assemblies)
        {
            directories = [.. NativeDirectories];
        }

        foreach (var directory in directories)
        {
            foreach (var candidate in new[] { name, $"lib{name}.so", $"{name}.so", $"lib{name}.dylib", $"{name}.dll" })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
                {
                    return handle;
                }
            }
        }

        return IntPtr.Zero;
    }
}
