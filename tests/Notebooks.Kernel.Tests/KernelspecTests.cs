using System.Text.Json.Nodes;
using Notebooks.Kernel.Kernelspec;

namespace Notebooks.Kernel.Tests;

public sealed class KernelspecTests : IDisposable
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("kit-kernelspec-").FullName;
    private readonly string[] _argv = [Environment.ProcessPath!, "kit.dll", "kernel", "run", "--connection-file", "{connection_file}"];

    private KernelspecStore Store => KernelspecStore.Prefix(_prefix);

    private string Folder(string name) => Path.Combine(Store.KernelsDirectory, name);

    public void Dispose() => Directory.Delete(_prefix, recursive: true);

    [Fact]
    public void install_writes_a_polyglot_compatible_kernelspec_with_message_interrupts()
    {
        Store.Install(KernelspecStore.DefaultName, _argv, "1.0.0", force: false);

        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(".net-csharp"), "kernel.json")))!;
        Assert.Equal(".NET (C#)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        Assert.Equal(_argv, spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(spec["name"]); // VS Code would prefer it to the folder name
    }

    [Fact]
    public void install_refuses_a_command_that_does_not_start_with_an_existing_absolute_path() =>
        Assert.Throws<ArgumentException>(() => Store.Install(KernelspecStore.DefaultName, ["dotnet", "kit.dll", "{connection_file}"], "1.0.0", false));

    [Fact]
    public void a_dotnet_interactive_kernelspec_is_never_replaced_without_force()
    {
        var dotnetInteractive = WriteDotnetInteractiveSpec();

        var conflict = Assert.Throws<KernelspecConflictException>(() => Store.Install(KernelspecStore.DefaultName, _argv, "1.0.0", force: false));

        Assert.Contains(".NET Interactive", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("--name", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(dotnetInteractive, File.ReadAllText(Path.Combine(Folder(".net-csharp"), "kernel.json")));
    }

    [Fact]
    public void force_backs_the_replaced_kernelspec_up_and_uninstall_restores_it()
    {
        var dotnetInteractive = WriteDotnetInteractiveSpec();

        var steps = Store.Install(KernelspecStore.DefaultName, _argv, "1.0.0", force: true);
        Assert.Contains(steps, s => s.StartsWith("backed up", StringComparison.Ordinal));
        Assert.Equal(KernelspecOwner.Kit, KernelspecStore.Read(Folder(".net-csharp"))!.Owner);
        Assert.DoesNotContain(Directory.GetDirectories(Store.KernelsDirectory), d => d.Contains("backup", StringComparison.Ordinal));

        Store.Uninstall(KernelspecStore.DefaultName);
        Assert.Equal(dotnetInteractive, File.ReadAllText(Path.Combine(Folder(".net-csharp"), "kernel.json")));
    }

    [Fact]
    public void another_name_installs_beside_the_dotnet_interactive_kernelspec_and_uninstall_leaves_it_alone()
    {
        WriteDotnetInteractiveSpec();

        Store.Install("kit-csharp", _argv, "1.0.0", force: false);

        var all = KernelspecStore.FindAll([Store.KernelsDirectory]);
        Assert.Equal([".net-csharp", "kit-csharp"], all.Select(s => s.Name));
        Assert.Equal([KernelspecOwner.DotNetInteractive, KernelspecOwner.Kit], all.Select(s => s.Owner));
        Assert.Throws<KernelspecConflictException>(() => Store.Uninstall(KernelspecStore.DefaultName));
        Store.Uninstall("kit-csharp");
        Assert.False(Directory.Exists(Folder("kit-csharp")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void a_connection_file_the_kernel_writes_is_readable_by_the_user_only()
    {
        var path = Path.Combine(_prefix, "connection.json");

        ConnectionInfo.CreateLoopback().Write(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("127.0.0.1", ConnectionInfo.Load(path).Ip);
    }

    [Fact]
    public void a_connection_file_without_an_ip_binds_loopback_and_one_off_loopback_without_a_key_is_refused()
    {
        var path = Path.Combine(_prefix, "c.json");
        File.WriteAllText(path, """{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":"k"}""");
        Assert.Equal("tcp://127.0.0.1:1", ConnectionInfo.Load(path).Endpoint(1));

        File.WriteAllText(path, """{"ip":"0.0.0.0","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":""}""");
        Assert.Throws<KernelStartException>(() => ConnectionInfo.Load(path));
    }

    private string WriteDotnetInteractiveSpec()
    {
        Directory.CreateDirectory(Folder(".net-csharp"));
        var text = """{"argv":["dotnet","interactive","jupyter","--default-kernel","csharp","{connection_file}"],"display_name":".NET (C#)","language":"C#"}""";
        File.WriteAllText(Path.Combine(Folder(".net-csharp"), "kernel.json"), text);
        return text;
    }
}
