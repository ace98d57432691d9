using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Kernel.Wire;

/// <summary>HMAC-SHA256 over the four JSON frames of a message, checked in constant time, with replay detection.</summary>
/// <remarks>
/// Signatures are computed over the bytes as received (never re-serialized JSON: clients send non-ASCII unescaped).
/// A signature seen before is rejected, as jupyter_client does, so a captured message cannot be replayed. An empty
/// key means no signing and no checking (the spec's rule; the connection file then must be on loopback).
/// </remarks>
internal sealed class MessageSigner
{
    private const int ReplayWindow = 4096;
    private readonly byte[] _key;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public MessageSigner(string key) => _key = Encoding.UTF8.GetBytes(key);

    public bool Enabled => _key.Length > 0;

    /// <summary>Lower-case hex HMAC of header, parent header, metadata and content, in that order.</summary>
    public string Sign(IReadOnlyList<byte[]> parts)
    {
        if (!Enabled)
        {
            return string.Empty;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts)
        {
            hmac.AppendData(part);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>True when <paramref name="signature"/> is right for the parts and was not seen before.</summary>
    public bool Verify(byte[] signature, IReadOnlyList<byte[]> parts, out string reason)
    {
        if (!Enabled)
        {
            reason = string.Empty;
            return true;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        if (signature.Length == 0)
        {
            reason = "missing signature";
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            reason = "invalid signature";
            return false;
        }

        var text = Encoding.ASCII.GetString(signature);
        lock (_seen)
        {
            if (!_seen.Add(text))
            {
                reason = "duplicate signature (replayed message)";
                return false;
            }

            _order.Enqueue(text);
            if (_order.Count > ReplayWindow)
            {
                _seen.Remove(_order.Dequeue());
            }
        }

        reason = string.Empty;
        return true;
    }
}
