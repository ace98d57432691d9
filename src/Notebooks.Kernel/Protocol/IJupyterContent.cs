using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Notebooks.Kernel.Protocol;

/// <summary>The content of one Jupyter message type the kernel sends; the type names its msg_type.</summary>
public interface IJupyterContent
{
    /// <summary>The msg_type, e.g. <c>execute_reply</c>.</summary>
    static abstract string MsgType { get; }
}

/// <summary>How message contents become JSON: snake_case names, absent optional fields left out.</summary>
public static class ProtocolJson
{
    /// <summary>The serializer options of every content record.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The content as a JSON object.</summary>
    /// <typeparam name="T">A content record.</typeparam>
    public static JsonObject ToJson<T>(T content) where T : IJupyterContent =>
        JsonSerializer.SerializeToNode(content, Options)!.AsObject();
}
