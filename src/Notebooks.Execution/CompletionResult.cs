namespace Notebooks.Execution;

/// <summary>Completions at a cursor: replace [<paramref name="Start"/>, <paramref name="End"/>) by one of <paramref name="Matches"/>.</summary>
/// <param name="Start">Start of the replaced span, UTF-16 offset.</param>
/// <param name="End">End of the replaced span, UTF-16 offset.</param>
/// <param name="Matches">Candidate texts, filtered by what is typed in the span.</param>
public sealed record CompletionResult(int Start, int End, IReadOnlyList<string> Matches);
