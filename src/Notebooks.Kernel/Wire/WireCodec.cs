using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Wire;

/// <summary>
/// Frames ⇄ messages: <c>[identities…] "&lt;IDS|MSG&gt;" signature header parent metadata content [buffers…]</c>.
/// </summary>
internal sealed class WireCodec(MessageSigner signer, string session)
{
    /// <summary>The protocol version stamped on every header; 5.3 (≤ 5.1 turns on jupyter_kernel_test's strict mode).</summary>
    public const string ProtocolVersion = "5.3";

    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public string Session { get; } = session;

    /// <summary>Parses frames; verifies the signature on the raw bytes before any JSON is parsed.</summary>
    public bool TryDecode(IReadOnlyList<byte[]> frames, out JupyterMessage? message, out string reason)
    {
        message = null;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            reason = "malformed message (no delimiter or too few frames)";
            return false;
        }

        var parts = frames.Skip(delimiter + 2).Take(4).ToArray();
        if (!signer.Verify(frames[delimiter + 1], parts, out reason))
        {
            return false;
        }

        try
        {
            var json = parts.Select(p => JsonNode.Parse(p.Length == 0 ? "{}"u8 : p) as JsonObject ?? []).ToArray();
            message = new JupyterMessage([.. frames.Take(delimiter)], json[0], json[1], json[2], json[3]);
            return true;
        }
        catch (JsonException e)
        {
            reason = "unparsable JSON: " + e.Message;
            return false;
        }
    }

    /// <summary>Builds the frames of a message with a fresh header, signed.</summary>
    public List<byte[]> Encode(IEnumerable<byte[]> identities, string msgType, JsonObject? parentHeader, JsonNode content)
    {
        var header = NewHeader(msgType);
        var parts = new[]
        {
            Encoding.UTF8.GetBytes(header.ToJsonString()),
            Encoding.UTF8.GetBytes(parentHeader?.ToJsonString() ?? "{}"),
            "{}"u8.ToArray(),
            Encoding.UTF8.GetBytes(content.ToJsonString()),
        };
        var frames = new List<byte[]>(identities) { Delimiter, Encoding.ASCII.GetBytes(signer.Sign(parts)) };
        frames.AddRange(parts);
        return frames;
    }

    /// <summary>A header with a new msg_id and a date with 6 fractional digits (jupyter_client parses at most 6).</summary>
    public JsonObject NewHeader(string msgType) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString(),
        ["session"] = Session,
        ["username"] = "kernel",
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = msgType,
        ["version"] = ProtocolVersion,
    };
}
