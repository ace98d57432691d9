using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Execution.Protocol;
using Notebooks.Execution.Worker.Display;
using Notebooks.Execution.Worker.Output;
using Notebooks.Execution.Worker.Scripting;

namespace Notebooks.Execution.Worker;

/// <summary>Entry point of the worker: reads requests from stdin, runs them, writes events to stdout.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var maxOutputChars = long.Parse(Option(args, WorkerProtocol.MaxOutputCharsSwitch) ?? "1000000", CultureInfo.InvariantCulture);
        // The protocol writes to file descriptor 1 through a plain FileStream, not Console.OpenStandardOutput():
        // on Unix the console stream's Write takes lock(Console.Out), which is the notebook's captured writer, so
        // a flush on the timer thread (holding the capture's lock) and a cell inside Console.WriteLine (holding
        // Console.Out, wanting the capture's lock) deadlocked.
        var events = new EventWriter(new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1));
        var capture = new OutputCapture(events, maxOutputChars);
        var context = new WorkerContext(events, capture, Option(args, WorkerProtocol.DisplayIdPrefixSwitch) ?? "display");
        WorkerContext.Install(context);

        // The protocol owns the real stdin/stdout; notebook code gets captured writers and an empty stdin.
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        Console.SetOut(new CapturedWriter("stdout", capture));
        Console.SetError(new CapturedWriter("stderr", capture));
        Console.SetIn(TextReader.Null);
        InstallExitReporting(context);
        OptionalFormatters.Install();

        var session = new ScriptSession(context, Directory.GetCurrentDirectory());
        var requests = Requests(input, context);
        events.Send(WorkerProtocol.Ready, 0, new JsonObject { ["pid"] = Environment.ProcessId });
        while (await requests.Reader.WaitToReadAsync())
        {
            var request = await requests.Reader.ReadAsync();
            await ServeAsync(session, context, request);
        }

        return 0;
    }

    private static async Task ServeAsync(ScriptSession session, WorkerContext context, JsonObject request)
    {
        var id = request["id"]?.GetValue<long>() ?? 0;
        var op = request["op"]?.GetValue<string>();
        string Text(string key) => request[key]?.GetValue<string>() ?? string.Empty;
        context.Events.CurrentRequest = id;
        context.Capture.Reset();
        var ok = false;
        try
        {
            ok = op switch
            {
                WorkerProtocol.Run => await session.RunAsync(id, Text("cell"), Text("label"), Text("code")),
                WorkerProtocol.Check => session.Check(id, Text("cell"), Text("label"), Text("code")),
                WorkerProtocol.Reference => AddReferences(session, request),
                WorkerProtocol.Complete => await session.CompleteAsync(id, Text("code"), request["position"]?.GetValue<int>() ?? 0),
                WorkerProtocol.Inspect => await session.InspectAsync(id, Text("code"), request["position"]?.GetValue<int>() ?? 0),
                _ => throw new InvalidOperationException($"Unknown request '{op}'."),
            };
        }
        catch (Exception e)
        {
            // Our own failure (or a formatter's), not the cell's code: still report it on the cell.
            session.SendError(id, new ErrorReport(e.GetType().FullName ?? "Error", e.Message, [.. e.ToString().Split('\n')], null));
        }
        finally
        {
            context.Capture.Flush();
            context.Events.CurrentRequest = 0;
            context.Events.Send(WorkerProtocol.Done, id, new JsonObject { ["ok"] = ok });
        }
    }

    private static bool AddReferences(ScriptSession session, JsonObject request)
    {
        RuntimeReferences.Add(WorkerProtocol.ReadStrings(request["runtime"]), WorkerProtocol.ReadStrings(request["native"]));
        session.AddReferences(WorkerProtocol.ReadStrings(request["compile"]));
        return true;
    }

    // Requests are read on their own thread so that a closed stdin (the runner is gone) ends the worker even while
    // a cell is stuck in a loop: no orphan processes.
    // An interrupt is acted on here, at once, rather than queued behind the cell it is meant to stop.
    private static System.Threading.Channels.Channel<JsonObject> Requests(StreamReader input, WorkerContext context)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<JsonObject>();
        var thread = new Thread(() =>
        {
            while (input.ReadLine() is { } line)
            {
                if (line.Length > 0 && JsonNode.Parse(line) is JsonObject request)
                {
                    if (request["op"]?.GetValue<string>() == WorkerProtocol.Interrupt)
                    {
                        context.Interrupt();
                    }
                    else
                    {
                        channel.Writer.TryWrite(request);
                    }
                }
            }

            Environment.Exit(0);
        })
        { IsBackground = true, Name = "protocol reader" };
        thread.Start();
        return channel;
    }

    private static void InstallExitReporting(WorkerContext context)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (context.Events.CurrentRequest != 0)
            {
                context.Capture.Flush();
                context.Events.Send(WorkerProtocol.Exit, context.Events.CurrentRequest, new JsonObject { ["code"] = Environment.ExitCode });
            }
        };
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            context.Capture.Flush();
            context.Events.Send(WorkerProtocol.Crash, context.Events.CurrentRequest, new JsonObject { ["text"] = e.ExceptionObject.ToString() });
        };
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
