using System.Text.Json.Nodes;
using Notebooks.Kernel.Protocol;
using Notebooks.Kernel.Wire;

namespace Notebooks.Kernel;

// Which handler answers which msg_type, on shell and on control.
public sealed partial class CSharpKernel
{
    private Task HandleShellAsync(JupyterMessage request) => request.MsgType switch
    {
        "execute_request" => ExecuteAsync(request),
        "kernel_info_request" => KernelInfoAsync(request, KernelChannel.Shell),
        "is_complete_request" => EnvelopeAsync(request, () => IsCompleteAsync(request)),
        "complete_request" => EnvelopeAsync(request, () => CompleteAsync(request)),
        "inspect_request" => EnvelopeAsync(request, () => InspectAsync(request)),
        "history_request" => EnvelopeAsync(request, () => HistoryAsync(request)),
        "comm_info_request" => EnvelopeAsync(request, () =>
        {
            Reply(KernelChannel.Shell, request, new CommInfoReply("ok", []));
            return Task.CompletedTask;
        }),
        "comm_open" => EnvelopeAsync(request, () =>
        {
            // No comm targets (no ipywidgets): refuse by closing it, as the spec asks.
            Publish(request.Header, new CommClose(request.Text("comm_id"), []));
            return Task.CompletedTask;
        }),
        "shutdown_request" => ShutdownRequestAsync(request, KernelChannel.Shell),
        _ => UnknownAsync(request, "shell"),
    };

    private Task HandleControlAsync(JupyterMessage request) => request.MsgType switch
    {
        "interrupt_request" => EnvelopeAsync(request, async () =>
        {
            Reply(KernelChannel.Control, request, new InterruptReply("ok"));
            await InterruptAsync().ConfigureAwait(false);
        }),
        "shutdown_request" => ShutdownRequestAsync(request, KernelChannel.Control),
        "kernel_info_request" => KernelInfoAsync(request, KernelChannel.Control),
        _ => UnknownAsync(request, "control"),
    };

    // Unknown types (usage_request, debug_request, comm_msg, …): busy/idle, no reply, as ipykernel does.
    private Task UnknownAsync(JupyterMessage request, string channel) => EnvelopeAsync(request, () =>
    {
        if (!request.MsgType.StartsWith("comm_", StringComparison.Ordinal))
        {
            _log.Info($"ignored {request.MsgType} on {channel}");
        }

        return Task.CompletedTask;
    });

    private Task KernelInfoAsync(JupyterMessage request, KernelChannel channel) => EnvelopeAsync(request, async () =>
    {
        try
        {
            await _executor.ConfigureAwait(false); // ready = usings, references and formatters loaded
        }
        catch (Exception e)
        {
            _log.Warn($"the C# worker did not start: {e.Message}");
        }

        Reply(channel, request, new KernelInfoReply(
            "ok", WireCodec.ProtocolVersion, "kit-csharp", _options.ImplementationVersion, LanguageInfo.CSharp,
            $"C# {LanguageInfo.CSharp.Version} (Roslyn scripting), the deep-learning mathematics kit's kernel", [], false));
    });

    private static JsonObject Plain(string text) => new() { ["text/plain"] = text };
}
