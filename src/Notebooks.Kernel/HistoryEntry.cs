namespace Notebooks.Kernel;

/// <summary>One executed cell in the kernel's history (this process only; nothing is written to disk).</summary>
/// <param name="Line">The execution count.</param>
/// <param name="Input">The code.</param>
/// <param name="Output">The text/plain of its execute_result, if any.</param>
internal sealed record HistoryEntry(int Line, string Input, string? Output);
