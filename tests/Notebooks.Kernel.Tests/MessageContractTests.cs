using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Tests.Support;
using Notebooks.Kernel.Wire;
using Snapshooter;
using Snapshooter.Xunit;
using TestSupport;

namespace Notebooks.Kernel.Tests;

/// <summary>
/// One contract snapshot per message type the kernel sends (and per execute_reply status): header, parent header,
/// metadata and content as a client receives them, with only the volatile values (ids, session, dates, display
/// ids) replaced. A change to what the kernel sends shows up here as a reviewed snapshot diff.
/// </summary>
public sealed partial class MessageContractTests(MessageContractTests.Session session) : IClassFixture<MessageContractTests.Session>
{
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string Owner = Path.Combine(RepositoryPaths.Root, "tests", "Notebooks.Kernel.Tests");

    public static TheoryData<string> Contracts() =>
    [
        "status", "execute_input", "stream", "display_data", "update_display_data", "execute_result", "error", "comm_close",
        "execute_reply.ok", "execute_reply.error", "execute_reply.aborted", "kernel_info_reply", "is_complete_reply",
        "complete_reply", "inspect_reply", "history_reply", "comm_info_reply", "interrupt_reply", "shutdown_reply",
    ];

    [Theory]
    [MemberData(nameof(Contracts))]
    public void message_contract_has_not_changed(string contract)
    {
        Assert.True(session.Messages.TryGetValue(contract, out var message), $"the kernel sent no {contract}");

        Snapshot.Match(message!.ToJsonString(Readable), new SnapshotFullName($"{contract}.snap", Owner));
    }

    [Fact]
    public void every_header_has_the_six_fields_version_5_3_and_a_date_jupyter_client_parses() =>
        Assert.All(session.Raw, m =>
        {
            Assert.Equal(["date", "msg_id", "msg_type", "session", "username", "version"], m.Header.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("5.3", m.Header["version"]!.GetValue<string>());
            Assert.Matches(JupyterDate(), m.Header["date"]!.GetValue<string>()); // at most 6 fractional digits
        });

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")]
    private static partial Regex JupyterDate();

    /// <summary>One kernel, driven through a script that makes it send every message type once.</summary>
    public sealed class Session : IAsyncLifetime
    {
        public Dictionary<string, JsonObject> Messages { get; } = [];

        internal List<JupyterMessage> Raw { get; } = [];

        public async Task InitializeAsync()
        {
            await using var kernel = await KernelSession.StartAsync();
            Keep(kernel.Request(KernelChannel.Shell, "kernel_info_request", []));
            Keep(kernel.Execute("Console.WriteLine(\"hello, world\");"));
            Keep(kernel.Execute("var shown = \"first\".Display();"));
            Keep(kernel.Execute("shown.Update(\"second\");"));
            Keep(kernel.Execute("1 + 2"));
            var failing = kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent(
                "System.Threading.Thread.Sleep(500);\nthrow new InvalidOperationException(\"boom\");"));
            var queued = kernel.Send(KernelChannel.Shell, "execute_request", KernelSession.ExecuteContent("2"));
            Keep((kernel.ReplyTo(KernelChannel.Shell, failing), kernel.UntilIdle(failing)));
            Keep((kernel.ReplyTo(KernelChannel.Shell, queued), kernel.UntilIdle(queued)));
            Keep(kernel.Request(KernelChannel.Shell, "is_complete_request", new JsonObject { ["code"] = "for (int i = 0; i < 3; i++) {" }));
            Keep(kernel.Request(KernelChannel.Shell, "complete_request", new JsonObject { ["code"] = "Console.Wri", ["cursor_pos"] = 11 }));
            Keep(kernel.Request(KernelChannel.Shell, "inspect_request", new JsonObject { ["code"] = "Math.Sqrt", ["cursor_pos"] = 9, ["detail_level"] = 0 }));
            Keep(kernel.Request(KernelChannel.Shell, "history_request", new JsonObject { ["hist_access_type"] = "tail", ["n"] = 2, ["output"] = false, ["raw"] = true }));
            Keep(kernel.Request(KernelChannel.Shell, "comm_info_request", []));
            var open = kernel.Send(KernelChannel.Shell, "comm_open", new JsonObject { ["comm_id"] = "c0ffee", ["target_name"] = "jupyter.widget", ["data"] = new JsonObject() });
            foreach (var message in kernel.UntilIdle(open)) // comm_open has no reply, only iopub traffic
            {
                Keep(message);
            }

            Keep(kernel.Request(KernelChannel.Control, "interrupt_request", []));
            Keep(kernel.Request(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = false }));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private void Keep((JupyterMessage Reply, List<JupyterMessage> Iopub) exchange)
        {
            foreach (var message in exchange.Iopub.Prepend(exchange.Reply))
            {
                Keep(message);
            }
        }

        private void Keep(JupyterMessage message)
        {
            Raw.Add(message);
            var name = message.MsgType == "execute_reply" ? $"execute_reply.{message.Content["status"]}" : message.MsgType;
            Messages.TryAdd(name, Normalize(message));
        }

        private static JsonObject Normalize(JupyterMessage message)
        {
            static JsonObject Header(JsonObject header)
            {
                var copy = header.DeepClone().AsObject();
                foreach (var key in new[] { "msg_id", "session", "date" })
                {
                    if (copy.ContainsKey(key))
                    {
                        copy[key] = $"<{key}>";
                    }
                }

                return copy;
            }

            var content = message.Content.DeepClone().AsObject();
            if (content["transient"] is JsonObject transient && transient.ContainsKey("display_id"))
            {
                transient["display_id"] = "<display_id>";
            }

            if (content.ContainsKey("implementation_version"))
            {
                content["implementation_version"] = "<version>";
            }

            return new JsonObject
            {
                ["header"] = Header(message.Header),
                ["parent_header"] = Header(message.ParentHeader),
                ["metadata"] = message.Metadata.DeepClone(),
                ["content"] = content,
            };
        }
    }
}
