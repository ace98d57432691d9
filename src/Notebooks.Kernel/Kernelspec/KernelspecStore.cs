using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Kernelspec;

/// <summary>Installs, lists and removes this kit's kernelspec (a folder with kernel.json, named after the kernel).</summary>
/// <remarks>
/// The default name <c>.net-csharp</c>, display name <c>.NET (C#)</c> and language <c>C#</c> are .NET Interactive's, so
/// Polyglot notebooks (whose <c>metadata.kernelspec.name</c> is <c>.net-csharp</c>) open with this kernel in nbclient,
/// VS Code and JupyterLab without a prompt. A kernelspec of that name that is not ours is never replaced silently.
/// </remarks>
public sealed class KernelspecStore(string kernelsDirectory)
{
    /// <summary>The name Polyglot notebooks ask for.</summary>
    public const string DefaultName = ".net-csharp";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The kernels folder this store writes to.</summary>
    public string KernelsDirectory { get; } = kernelsDirectory;

    /// <summary>The user's kernels folder (what <c>--user</c>, the default, installs into).</summary>
    public static KernelspecStore User() => new(Path.Combine(JupyterPaths.UserDataDirectory(), "kernels"));

    /// <summary>The kernels folder under a prefix (<c>PREFIX/share/jupyter/kernels</c>, as <c>jupyter kernelspec install --prefix</c>).</summary>
    public static KernelspecStore Prefix(string prefix) => new(Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels"));

    /// <summary>Writes the kernelspec <paramref name="name"/>.</summary>
    /// <param name="name">Folder name; letters, digits, <c>.</c>, <c>_</c>, <c>-</c>.</param>
    /// <param name="argv">The command line; must contain <c>{connection_file}</c> as an element; the first element an existing absolute path.</param>
    /// <param name="version">The kit's version, recorded in metadata.</param>
    /// <param name="force">Replace a kernelspec that is not ours, after backing it up.</param>
    /// <returns>What was done, one line per step, for the user.</returns>
    /// <exception cref="KernelspecConflictException">A foreign kernelspec has that name and <paramref name="force"/> is false.</exception>
    public IReadOnlyList<string> Install(string name, IReadOnlyList<string> argv, string version, bool force)
    {
        ValidateName(name);
        if (argv.Count == 0 || !Path.IsPathRooted(argv[0]) || !File.Exists(argv[0]))
        {
            throw new ArgumentException($"the kernel's command must start with an absolute path that exists, not '{argv.FirstOrDefault()}'.", nameof(argv));
        }

        var steps = new List<string>();
        var folder = Path.Combine(KernelsDirectory, name);
        if (Read(folder) is { } existing && existing.Owner != KernelspecOwner.Kit)
        {
            if (!force)
            {
                throw new KernelspecConflictException(existing);
            }

            var backup = BackupFolder(name);
            Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
            Directory.Move(folder, backup);
            steps.Add($"backed up the existing '{name}' ({Describe(existing.Owner)}) to {backup}");
        }

        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. argv.Select(a => (JsonNode)a)]),
            ["display_name"] = name == DefaultName ? ".NET (C#)" : $".NET (C#, {name})",
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
            ["metadata"] = new JsonObject { ["kit"] = new JsonObject { ["version"] = version } },
        };

        // Written beside, then moved into place: a client never sees half a kernelspec.
        Directory.CreateDirectory(KernelsDirectory);
        var staging = Path.Combine(KernelsDirectory, $".{name}.partial-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "kernel.json"), spec.ToJsonString(Indented) + "\n");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(staging, folder);
        steps.Add($"installed kernelspec '{name}' in {folder}");
        return steps;
    }

    /// <summary>Removes our kernelspec <paramref name="name"/> and restores the latest backup of a replaced one, if any.</summary>
    /// <returns>What was done, for the user.</returns>
    /// <exception cref="KernelspecConflictException">The kernelspec of that name is not ours.</exception>
    public IReadOnlyList<string> Uninstall(string name)
    {
        ValidateName(name);
        var folder = Path.Combine(KernelsDirectory, name);
        var existing = Read(folder);
        if (existing is null)
        {
            return [$"no kernelspec '{name}' in {KernelsDirectory}"];
        }

        if (existing.Owner != KernelspecOwner.Kit)
        {
            throw new KernelspecConflictException(existing);
        }

        Directory.Delete(folder, recursive: true);
        var steps = new List<string> { $"removed kernelspec '{name}' from {folder}" };
        var backups = Path.Combine(BackupsDirectory, name);
        if (Directory.Exists(backups) && Directory.GetDirectories(backups).OrderDescending(StringComparer.Ordinal).FirstOrDefault() is { } latest)
        {
            Directory.Move(latest, folder);
            steps.Add($"restored the kernelspec it had replaced, from {latest}");
        }

        return steps;
    }

    /// <summary>Every kernelspec a client would find, in search order (<see cref="JupyterPaths.KernelSearchPath"/>).</summary>
    public static IReadOnlyList<InstalledKernelspec> FindAll(IEnumerable<string> kernelsDirectories) =>
        [.. kernelsDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.GetDirectories(d).Order(StringComparer.Ordinal))
            .Select(Read)
            .OfType<InstalledKernelspec>()];

    /// <summary>Reads the kernelspec in <paramref name="folder"/>, or null when there is none (or it is unreadable).</summary>
    public static InstalledKernelspec? Read(string folder)
    {
        var file = Path.Combine(folder, "kernel.json");
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var spec = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? [];
            var argv = spec["argv"] is JsonArray a ? a.Select(n => n?.ToString() ?? string.Empty).ToList() : [];
            var owner = spec["metadata"]?["kit"] is not null ? KernelspecOwner.Kit
                : argv.Contains("interactive") && argv.Contains("jupyter") ? KernelspecOwner.DotNetInteractive
                : KernelspecOwner.Other;
            return new InstalledKernelspec(Path.GetFileName(folder), folder, spec["display_name"]?.ToString() ?? string.Empty, owner, argv);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return new InstalledKernelspec(Path.GetFileName(folder), folder, "(unreadable kernel.json)", KernelspecOwner.Other, []);
        }
    }

    /// <summary>A human name for an owner.</summary>
    public static string Describe(KernelspecOwner owner) => owner switch
    {
        KernelspecOwner.Kit => "this kit's kernel",
        KernelspecOwner.DotNetInteractive => ".NET Interactive's kernel",
        _ => "another kernel",
    };

    // Backups live outside the kernels folder: a copy inside it would show up in every kernel picker.
    private string BackupsDirectory => Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(KernelsDirectory))!, "kernel-backups");

    private string BackupFolder(string name) =>
        Path.Combine(BackupsDirectory, name, DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture));

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new ArgumentException($"'{name}' is not a valid kernel name: use letters, digits, '.', '_' and '-'.", nameof(name));
        }
    }
}
