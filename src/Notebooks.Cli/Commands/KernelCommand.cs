using System.CommandLine;
using Notebooks.Kernel;
using Notebooks.Kernel.Kernelspec;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>
/// `kit kernel run|install|list|uninstall`: the Jupyter kernel and its kernelspec.
/// </summary>
/// <remarks>
/// Where TorchSharp cannot load on the host (no GLIBCXX_3.4.32), the <c>kit</c> script sets <c>KIT_KERNEL_LAUNCHER</c> to
/// its own absolute path, and the kernelspec then starts <c>kit kernel run</c>, which enters the kit's runtime; elsewhere
/// it starts <c>dotnet kit.dll kernel run</c> directly.
/// </remarks>
public static class KernelCommand
{
    /// <summary>The environment variable through which the <c>kit</c> script names itself as the kernel's launcher.</summary>
    public const string LauncherVariable = "KIT_KERNEL_LAUNCHER";

    private static readonly Option<string?> ConnectionFileOption = new("--connection-file", "-f")
    {
        Description = "The connection file Jupyter wrote (ports and key); without it one is created (mode 0600) and its path printed",
        HelpName = "FILE",
    };

    private static readonly Option<bool> UserOption = new("--user") { Description = "Install for this user (the default)" };

    private static readonly Option<string?> PrefixOption = new("--prefix")
    {
        Description = "Install into PREFIX/share/jupyter/kernels instead (e.g. a virtual environment)",
        HelpName = "PREFIX",
    };

    private static readonly Option<string> NameOption = new("--name")
    {
        Description = $"The kernel's name (default {KernelspecStore.DefaultName}, the name Polyglot notebooks ask for)",
        HelpName = "NAME",
        DefaultValueFactory = _ => KernelspecStore.DefaultName,
    };

    private static readonly Option<bool> ForceOption = new("--force")
    {
        Description = "Replace a kernelspec of that name that is not this kit's (it is backed up, and restored by uninstall)",
    };

    /// <summary>True for `kit kernel run`, which handles SIGINT itself (an interrupt, not an exit).</summary>
    public static bool HandlesSignals(ParseResult parsed) =>
        parsed.CommandResult.Command.Name == "run" && parsed.CommandResult.Parent is System.CommandLine.Parsing.CommandResult { Command.Name: "kernel" };

    /// <summary>Declares the command and its subcommands.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var run = new Command("run", "Run the C# Jupyter kernel (Jupyter starts this through the kernelspec)") { ConnectionFileOption };
        run.SetAction((parsed, _) => KitCommandLine.ActAsync(console, () => RunAsync(parsed.GetValue(ConnectionFileOption))));

        var install = new Command("install", "Install the kernelspec so Jupyter, VS Code and nbconvert find the kernel")
        {
            UserOption, PrefixOption, NameOption, ForceOption,
        };
        install.SetAction((parsed, _) => KitCommandLine.ActAsync(console, () => Task.FromResult(Install(
            console, Store(parsed.GetValue(PrefixOption)), parsed.GetValue(NameOption)!, parsed.GetValue(ForceOption)))));

        var list = new Command("list", "List the kernelspecs Jupyter finds, in search order");
        list.SetAction(_ => List(console));

        var uninstall = new Command("uninstall", "Remove this kit's kernelspec (and restore the one it replaced, if any)") { UserOption, PrefixOption, NameOption };
        uninstall.SetAction((parsed, _) => KitCommandLine.ActAsync(console, () => Task.FromResult(Uninstall(
            console, Store(parsed.GetValue(PrefixOption)), parsed.GetValue(NameOption)!))));

        return new Command("kernel", "The C# Jupyter kernel: run it, install or remove its kernelspec") { run, install, list, uninstall };
    }

    /// <summary>The kernelspec's command line: through the kit script where the host needs the runtime, else dotnet kit.dll.</summary>
    public static IReadOnlyList<string> KernelArgv()
    {
        var tail = new[] { "kernel", "run", "--connection-file", "{connection_file}" };
        if (Environment.GetEnvironmentVariable(LauncherVariable) is { Length: > 0 } launcher)
        {
            return [Path.GetFullPath(launcher), .. tail];
        }

        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : DotnetOnPath();
        return [dotnet, typeof(KernelCommand).Assembly.Location, .. tail];
    }

    private static async Task<int> RunAsync(string? connectionFile)
    {
        try
        {
            return await KernelHost.RunAsync(connectionFile);
        }
        catch (KernelStartException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Install(IAnsiConsole console, KernelspecStore store, string name, bool force)
    {
        try
        {
            var version = typeof(KernelCommand).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
            foreach (var step in store.Install(name, KernelArgv(), version, force))
                console.WriteLine(step);
            console.WriteLine($"command: {string.Join(' ', KernelArgv())}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is KernelspecConflictException or ArgumentException)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Uninstall(IAnsiConsole console, KernelspecStore store, string name)
    {
        try
        {
            foreach (var step in store.Uninstall(name))
                console.WriteLine(step);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is KernelspecConflictException or ArgumentException)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int List(IAnsiConsole console)
    {
        var specs = KernelspecStore.FindAll(JupyterPaths.KernelSearchPath());
        if (specs.Count == 0)
            console.WriteLine("no kernelspecs found (install this kit's with: ./kit kernel install)");
        var shadowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in specs)
        {
            var note = shadowed.Add(spec.Name) ? string.Empty : "  (shadowed by the one above)";
            console.WriteLine($"{spec.Name,-24} {KernelspecStore.Describe(spec.Owner),-28} {spec.Directory}{note}");
        }

        return ExitCodes.Success;
    }

    private static KernelspecStore Store(string? prefix) => prefix is null ? KernelspecStore.User() : KernelspecStore.Prefix(prefix);

    private static string DotnetOnPath()
    {
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet")))
            return Path.Combine(root, "dotnet");
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
                return Path.GetFullPath(new FileInfo(candidate).ResolveLinkTarget(true)?.FullName ?? candidate);
        }

        throw new UsageException("cannot find dotnet: set DOTNET_ROOT or put dotnet on PATH");
    }
}
