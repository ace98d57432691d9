using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notebooks.Kernel;

/// <summary>A Jupyter connection file: where the five channels listen and the key that signs messages.</summary>
/// <param name="Transport">Only <c>tcp</c> is supported (NetMQ's <c>ipc</c> is not a Unix socket, so libzmq clients could not reach it).</param>
/// <param name="Ip">The address to bind; 127.0.0.1 when the file has none.</param>
/// <param name="ShellPort">Shell channel (ROUTER).</param>
/// <param name="IopubPort">IOPub channel (PUB).</param>
/// <param name="StdinPort">Stdin channel (ROUTER).</param>
/// <param name="ControlPort">Control channel (ROUTER).</param>
/// <param name="HbPort">Heartbeat (REP).</param>
/// <param name="Key">HMAC key; empty means unsigned messages (allowed on loopback only).</param>
/// <param name="SignatureScheme">Only <c>hmac-sha256</c>.</param>
public sealed record ConnectionInfo(
    string Transport, string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HbPort, string Key, string SignatureScheme)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The kernel name the client wrote into the file, if any (informational).</summary>
    public string? KernelName { get; init; }

    /// <summary>True when <see cref="Ip"/> is a loopback address (or localhost).</summary>
    [JsonIgnore]
    public bool IsLoopback => Ip == "localhost" || (IPAddress.TryParse(Ip, out var address) && IPAddress.IsLoopback(address));

    /// <summary>The NetMQ endpoint of a port, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Endpoint(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and validates a connection file.</summary>
    /// <exception cref="KernelStartException">The file is missing, malformed, or asks for something unsupported.</exception>
    public static ConnectionInfo Load(string path)
    {
        Dictionary<string, JsonElement>? fields;
        try
        {
            fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path.Trim('"')));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new KernelStartException($"cannot read the connection file {path}: {e.Message}");
        }

        fields ??= [];
        string Text(string name, string fallback) => fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : fallback;
        int Port(string name) => fields.TryGetValue(name, out var v) && v.TryGetInt32(out var p) && p is > 0 and < 65536
            ? p
            : throw new KernelStartException($"the connection file {path} has no valid '{name}'.");

        var info = new ConnectionInfo(
            Text("transport", "tcp"), Text("ip", "127.0.0.1"), Port("shell_port"), Port("iopub_port"), Port("stdin_port"),
            Port("control_port"), Port("hb_port"), Text("key", string.Empty), Text("signature_scheme", "hmac-sha256"))
        {
            KernelName = Text("kernel_name", string.Empty) is { Length: > 0 } name ? name : null,
        };
        info.Validate();
        return info;
    }

    /// <summary>A fresh connection on 127.0.0.1 with free ports and a random key (for <c>kit kernel run</c> without a file).</summary>
    public static ConnectionInfo CreateLoopback()
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort()).ToArray();
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Guid.NewGuid().ToString(), "hmac-sha256");
    }

    /// <summary>Writes the file readable and writable by the user only (mode 0600), as jupyter_client does.</summary>
    public void Write(string path)
    {
        var json = JsonSerializer.Serialize(this, Json);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(json);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // an existing file keeps its mode otherwise
        }
    }

    private void Validate()
    {
        if (Transport != "tcp")
        {
            throw new KernelStartException($"transport '{Transport}' is not supported: this kernel speaks tcp only (NetMQ's ipc is not compatible with libzmq's).");
        }

        if (SignatureScheme != "hmac-sha256")
        {
            throw new KernelStartException($"signature scheme '{SignatureScheme}' is not supported: use hmac-sha256.");
        }

        if (!IsLoopback && Key.Length == 0)
        {
            throw new KernelStartException($"refusing to listen on {Ip} without a key: anyone who can reach the ports could run code as you.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
