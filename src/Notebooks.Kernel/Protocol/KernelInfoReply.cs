namespace Notebooks.Kernel.Protocol;

/// <summary>kernel_info_reply: who we are; sent only once the worker is ready (usings, references, formatters loaded).</summary>
/// <param name="Status"><c>ok</c>.</param>
/// <param name="ProtocolVersion"><c>5.3</c>.</param>
/// <param name="Implementation"><c>kit-csharp</c>.</param>
/// <param name="ImplementationVersion">The kit's version.</param>
/// <param name="LanguageInfo">See <see cref="Protocol.LanguageInfo"/>.</param>
/// <param name="Banner">One line shown by consoles.</param>
/// <param name="HelpLinks">Empty.</param>
/// <param name="Debugger">False: no debug adapter.</param>
public sealed record KernelInfoReply(
    string Status, string ProtocolVersion, string Implementation, string ImplementationVersion, LanguageInfo LanguageInfo,
    string Banner, IReadOnlyList<object> HelpLinks, bool Debugger) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "kernel_info_reply";
}
