using System.Diagnostics;
using System.Text.Json.Nodes;
using Notebooks.Kernel.Tests.Support;
using Notebooks.Kernel.Wire;
using TestSupport;

namespace Notebooks.Kernel.Tests;

public sealed class ProtocolTests
{
    private static string Packages => Path.Combine(RepositoryPaths.Root, "artifacts", "packages");

    private static string Text(JupyterMessage m, string key) => m.Content[key]?.GetValue<string>() ?? string.Empty;

    [Fact]
    public async Task a_message_signed_with_a_wrong_key_or_unsigned_is_dropped_and_not_executed()
    {
        await using var kernel = await KernelSession.StartAsync();
        var marker = Path.Combine(Path.GetTempPath(), $"kit-forged-{Guid.NewGuid():N}");
        var code = $"System.IO.File.WriteAllText(@\"{marker}\", \"forged\");";

        kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent(code), new MessageSigner("not-the-key"));
        kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent(code), new MessageSigner(string.Empty));
        var (reply, _) = kernel.Execute("1 + 1"); // answered after the forged ones would have run

        Assert.Equal("ok", Text(reply, "status"));
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>()); // the forged requests got no count either
        Assert.False(File.Exists(marker), "a forged execute_request was executed");
        Assert.DoesNotContain(kernel.Iopub, m => m.MsgType == "execute_input" && Text(m, "code") == code);
    }

    [Fact]
    public async Task interrupt_stops_a_long_training_cell_between_steps_and_keeps_the_state()
    {
        await using var kernel = await KernelSession.StartAsync(Path.Combine(RepositoryPaths.Root, "notebooks"));
        Assert.Equal("ok", Text(kernel.Execute($"#i \"nuget: {Packages}\"\n#r \"nuget: DeepMath, 0.1.0\"").Reply, "status"));
        Assert.Equal("ok", Text(kernel.Execute("""
            using DeepMath.Data; using DeepMath.Training; using TorchSharp;
            var data = Spirals.Generate(nPerClass: 100, noise: 0.02, seed: 0);
            var x = Tensors.ToTensor(data.X); var labels = Tensors.ToTensor(data.Labels);
            var model = DeepMath.Architectures.Mlp.Create(2, [64, 64], 2, seed: 0);
            var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);
            """).Reply, "status"));

        var training = kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent(
            "Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels, new TrainingOptions { Steps = 10_000_000, Seed = 0 });"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // well into training
        var clock = Stopwatch.StartNew();
        var (interrupt, _) = kernel.Request(KernelChannel.Control, "interrupt_request", []);
        var reply = kernel.ReplyTo(KernelChannel.Shell, training);

        Assert.Equal("ok", Text(interrupt, "status"));
        Assert.Equal("error", Text(reply, "status"));
        Assert.Contains("OperationCanceledException", Text(reply, "ename"), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"stopping took {clock.Elapsed}: not cooperative");
        Assert.DoesNotContain(kernel.UntilIdle(training), m => Text(m, "ename") == "KernelRestarted");
        var after = kernel.Execute("Evaluation.Accuracy(model, x, labels) > 0.0");
        Assert.Equal("ok", Text(after.Reply, "status")); // model, x and labels survived
    }

    [Fact]
    public async Task interrupt_stops_a_tight_loop_by_restarting_the_worker_and_says_the_state_is_lost()
    {
        await using var kernel = await KernelSession.StartAsync();
        kernel.Execute("var kept = 42;");
        var worker = KernelSession.ChildrenOf(kernel.ProcessId).Single();

        var loop = kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent("long n = 0; while (true) { n++; }"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        kernel.Request(KernelChannel.Control, "interrupt_request", []);
        var reply = kernel.ReplyTo(KernelChannel.Shell, loop);
        var outputs = kernel.UntilIdle(loop);

        Assert.Equal("error", Text(reply, "status"));
        Assert.Equal("KernelRestarted", Text(reply, "ename"));
        Assert.Contains("state is lost", Text(outputs.Single(m => m.MsgType == "error"), "evalue"), StringComparison.Ordinal);
        Assert.False(Process.GetProcesses().Any(p => p.Id == worker), "the old worker still runs");
        var after = kernel.Execute("kept");
        Assert.Equal("error", Text(after.Reply, "status")); // CS0103: the variable went with the worker
        Assert.Equal("ok", Text(kernel.Execute("1 + 1").Reply, "status"));
    }

    [Fact]
    public async Task shutdown_replies_then_the_kernel_and_its_worker_exit()
    {
        await using var kernel = await KernelSession.StartAsync();
        kernel.Execute("var busy = 1;");
        var children = KernelSession.ChildrenOf(kernel.ProcessId);
        Assert.NotEmpty(children);

        var (reply, iopub) = kernel.Request(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = false });
        var exited = kernel.Process.WaitForExit(TimeSpan.FromSeconds(5));

        Assert.Equal("ok", Text(reply, "status"));
        Assert.Contains(iopub, m => m.MsgType == "status" && Text(m, "execution_state") == "idle");
        Assert.True(exited, "the kernel did not exit within 5 s of shutdown_request");
        Assert.Equal(0, kernel.Process.ExitCode);
        Assert.All(children, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} outlived the kernel"));
    }

    [Fact]
    public async Task an_interrupt_while_idle_is_answered_and_changes_nothing()
    {
        await using var kernel = await KernelSession.StartAsync();
        kernel.Execute("var kept = 7;");

        var (reply, _) = kernel.Request(KernelChannel.Control, "interrupt_request", []);

        Assert.Equal("ok", Text(reply, "status"));
        Assert.Equal("ok", Text(kernel.Execute("kept").Reply, "status"));
    }
}
