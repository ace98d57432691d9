using System.Globalization;
using System.Text.Json.Nodes;
using Notebooks.Execution.Packages;
using Notebooks.Execution.Protocol;
using Notebooks.Execution.Worker;

namespace Notebooks.Execution;

// The protocol loop: one request out, events in until "done", with time-outs and crashes turned into errors.
public sealed partial class CellExecutor
{
    private async Task<CellOutcome> ExecuteCoreAsync(CellRequest request, TimeSpan? timeout, Action<CellOutput> emit, CancellationToken ct)
    {
        var source = CellSource.Parse(request.Code, request.KernelName);
        switch (source.Kind)
        {
            case CellKind.Unsupported:
                emit(new ErrorOutput("UnsupportedLanguage", UnsupportedMessage(request, source), [UnsupportedMessage(request, source)], null));
                return CellOutcome.Failed;
            case CellKind.Markdown:
                var id = $"{_options.DisplayIdPrefix}-markdown-{++_markdownDisplays}";
                emit(new DisplayOutput(id, MarkdownRenderer.Render(source.Text), IsUpdate: false));
                return CellOutcome.Succeeded;
        }

        var code = await PrepareCSharpAsync(request, source.Text, emit, null, ct).ConfigureAwait(false);
        if (code is null)
        {
            return CellOutcome.Failed;
        }

        return await ExchangeAsync(Request(WorkerProtocol.Run, request, code), timeout, e => Dispatch(e, emit), request, ct, emit).ConfigureAwait(false);
    }

    // Hoists and restores the cell's package directives (once, before any of its code runs, as .NET Interactive
    // does) and hands the assemblies to the worker. Returns the code Roslyn should see, or null when restore failed.
    private async Task<string?> PrepareCSharpAsync(
        CellRequest request, string code, Action<CellOutput> emit, List<CellDiagnostic>? diagnostics, CancellationToken ct)
    {
        try
        {
            var directives = PackageDirective.Hoist(code, out var stripped);
            if (directives.Count == 0)
            {
                return stripped;
            }

            if (_packages is null)
            {
                throw new PackageResolutionException("#r \"nuget: …\" needs a package resolver, and this executor has none.");
            }

            foreach (var directive in directives)
            {
                _packages.Add(directive);
            }

            var resolution = await _packages.RestoreAsync(ct).ConfigureAwait(false);
            await SendReferencesAsync(resolution, request, ct).ConfigureAwait(false);
            emit(new DisplayOutput($"{_options.DisplayIdPrefix}-packages-{request.CellNumber}", new JsonObject
            {
                ["text/html"] = InstalledPackagesMessage.ToHtml(resolution),
                ["text/plain"] = InstalledPackagesMessage.ToPlainText(resolution),
            }, IsUpdate: false));
            return stripped;
        }
        catch (PackageResolutionException e)
        {
            var lines = new[] { $"{request.Label}: {e.Message}" }.Concat(e.RestoreErrors).ToList();
            emit(new ErrorOutput("PackageRestoreFailed", e.Message, lines, null));
            diagnostics?.Add(new CellDiagnostic(request.CellNumber - 1, null, "KIT002", "error", lines[0]));
            return null;
        }
    }

    private async Task SendReferencesAsync(PackageResolution resolution, CellRequest request, CancellationToken ct)
    {
        // The worker keeps what it was given; send each path once even though every restore returns the whole set.
        string[] New(string kind, IEnumerable<string> paths) => [.. paths.Where(p => _referenced.Add(kind + ":" + p))];
        var compile = New("compile", resolution.CompileReferences);
        var runtime = New("runtime", resolution.RuntimeAssemblies);
        var native = New("native", resolution.NativeLibraryDirectories);
        var message = new JsonObject
        {
            ["op"] = WorkerProtocol.Reference,
            ["id"] = ++_requests,
            ["compile"] = WorkerProtocol.ToArray(compile),
            ["runtime"] = WorkerProtocol.ToArray(runtime),
            ["native"] = WorkerProtocol.ToArray(native),
        };
        await ExchangeAsync(message, null, _ => { }, request, ct).ConfigureAwait(false);
    }

    private static void Dispatch(JsonObject e, Action<CellOutput> emit)
    {
        switch (e["ev"]?.GetValue<string>())
        {
            case WorkerProtocol.Stream:
                emit(new StreamOutput(Text(e, "name"), Text(e, "text")));
                break;
            case WorkerProtocol.Display:
                emit(new DisplayOutput(Text(e, "display_id"), Data(e), e["update"]?.GetValue<bool>() ?? false));
                break;
            case WorkerProtocol.Result:
                emit(new ResultOutput(Data(e)));
                break;
            case WorkerProtocol.Error:
                emit(new ErrorOutput(Text(e, "ename"), Text(e, "evalue"), WorkerProtocol.ReadStrings(e["traceback"]), e["line"]?.GetValue<int>()));
                break;
        }
    }

    private static JsonObject Data(JsonObject e) => e["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [];

    // Sends one request and feeds its events to `handle` until "done". A time-out or cancellation kills the
    // worker; a worker that ends on its own is described from what it told us and from its stderr.
    private async Task<CellOutcome> ExchangeAsync(
        JsonObject message, TimeSpan? timeout, Action<JsonObject> handle, CellRequest request, CancellationToken ct, Action<CellOutput>? emit = null)
    {
        emit ??= _ => { };
        var id = message["id"]!.GetValue<long>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (timeout is { } t)
        {
            limit.CancelAfter(t);
        }

        int? exitCode = null;
        string? crash = null;
        try
        {
            await _worker.SendAsync(message, limit.Token).ConfigureAwait(false);
            while (await _worker.ReadAsync(limit.Token).ConfigureAwait(false) is { } e)
            {
                var ev = e["ev"]?.GetValue<string>();
                var eventId = e["id"]?.GetValue<long>() ?? 0;
                if (ev == WorkerProtocol.Done && eventId == id)
                {
                    return e["ok"]?.GetValue<bool>() == true ? CellOutcome.Succeeded : CellOutcome.Failed;
                }

                if (ev == WorkerProtocol.Exit)
                {
                    exitCode = e["code"]?.GetValue<int>();
                }
                else if (ev == WorkerProtocol.Crash)
                {
                    crash = Text(e, "text");
                }
                else
                {
                    handle(e);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            _dead = true;
            await _worker.KillAsync().ConfigureAwait(false);
            var seconds = timeout!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var text = $"{request.Label} did not finish within {seconds} s; the worker was stopped.";
            emit(new ErrorOutput("CellTimedOut", text, [text], null));
            return CellOutcome.TimedOut;
        }
        catch (OperationCanceledException)
        {
            _dead = true;
            await _worker.KillAsync().ConfigureAwait(false);
            throw;
        }
        catch (IOException)
        {
            // The pipe broke: the worker is gone. Described below.
        }

        _dead = true;
        await _worker.KillAsync().ConfigureAwait(false); // reaps it and drains stderr
        emit(WorkerExit.Describe(request.Label, _worker.ExitCode, exitCode, crash, _worker.StderrTail));
        return CellOutcome.WorkerExited;
    }
}
