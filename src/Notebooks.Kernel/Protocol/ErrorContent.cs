namespace Notebooks.Kernel.Protocol;

/// <summary>error on iopub: a compile error, an exception, an interrupt, or a lost worker.</summary>
/// <param name="Ename">Exception type name, <c>CompilationError</c>, <c>OperationCanceledException</c>, <c>KernelRestarted</c>, ….</param>
/// <param name="Evalue">The message.</param>
/// <param name="Traceback">Lines naming cell and line.</param>
public sealed record ErrorContent(string Ename, string Evalue, IReadOnlyList<string> Traceback) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "error";
}
