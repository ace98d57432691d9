namespace Notebooks.Kernel.Protocol;

/// <summary>execute_input on iopub: the code being run and its count, broadcast to every client.</summary>
/// <param name="Code">The request's code, exactly.</param>
/// <param name="ExecutionCount">The count this execution gets.</param>
public sealed record ExecuteInput(string Code, int ExecutionCount) : IJupyterContent
{
    /// <inheritdoc/>
    public static string MsgType => "execute_input";
}
