using System.Globalization;
using System.Text;

namespace Notebooks.Execution.Worker.Output;

/// <summary>
/// Collects what notebook code writes to Console.Out/Error and forwards it as <c>stream</c> events, in chunks,
/// with a per-request character budget.
/// </summary>
/// <remarks>
/// Chunking matters: code that prints one character at a time would otherwise cost one JSON line each. The
/// budget matters more: a cell that prints 50 MB must neither flood the pipe nor the notebook, so past the limit
/// text is dropped and a single note says so, at the place where the output was cut.
/// </remarks>
internal sealed class OutputCapture : IDisposable
{
    private const int ChunkChars = 8192;
    private readonly EventWriter _events;
    private readonly long _limit;
    private readonly Lock _gate = new();
    private readonly StringBuilder _pending = new();
    private readonly Timer _timer;
    private string _pendingName = "stdout";
    private long _used;
    private bool _truncated;

    public OutputCapture(EventWriter events, long limit)
    {
        _events = events;
        _limit = limit;
        // A long-running cell should show its prints while it runs (the kernel streams them live).
        _timer = new Timer(_ => Flush(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    public void Write(string name, ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            if (_truncated || text.IsEmpty)
            {
                return;
            }

            if (_pendingName != name)
            {
                FlushLocked();
                _pendingName = name;
            }

            var room = _limit - _used;
            var take = (int)Math.Min(room, text.Length);
            _pending.Append(text[..take]);
            _used += take;
            if (take < text.Length)
            {
                _pending.Append(string.Format(
                    CultureInfo.InvariantCulture,
                    "\n[output truncated: this cell wrote more than {0:N0} characters to stdout/stderr; the rest is not kept]\n",
                    _limit));
                _truncated = true;
            }

            if (_pending.Length >= ChunkChars || _truncated)
            {
                FlushLocked();
            }
        }
    }

    /// <summary>Sends what is pending; called before any other event so that the order of outputs is kept.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            FlushLocked();
        }
    }

    /// <summary>Starts a new request: a fresh budget.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            FlushLocked();
            _used = 0;
            _truncated = false;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void FlushLocked()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        _events.Stream(_events.CurrentRequest, _pendingName, _pending.ToString());
        _pending.Clear();
    }
}
