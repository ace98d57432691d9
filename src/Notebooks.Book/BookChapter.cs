using Notebooks.Book.Cache;
using Notebooks.Documents;

namespace Notebooks.Book;

/// <summary>An executed chapter, ready to render.</summary>
/// <param name="Name">The file name without extension, e.g. "00-foundations": the page is <c>NAME.html</c>.</param>
/// <param name="Notebook">The chapter with its outputs (Markdown as it is now, outputs from its run).</param>
/// <param name="Run">When, where and how long it ran.</param>
/// <param name="FromCache">True when the outputs were reused from an earlier build.</param>
public sealed record BookChapter(string Name, Notebook Notebook, RunRecord Run, bool FromCache);

/// <summary>What the site shows besides the chapters.</summary>
public sealed record BookOptions
{
    /// <summary>The book's title, on every page.</summary>
    public string Title { get; init; } = "The modern mathematics of deep learning";

    /// <summary>
    /// Show the exercises' solutions, hidden tests and test results (an instructor's copy). False by default: the
    /// readers' book shows each exercise as students get it (<c>kit release</c>): a stub, the visible tests, no results.
    /// </summary>
    public bool IncludeSolutions { get; init; }

    /// <summary>When the site was built (UTC); now by default.</summary>
    public DateTimeOffset BuiltAt { get; init; } = DateTimeOffset.UtcNow;
}
