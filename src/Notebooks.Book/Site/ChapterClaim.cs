namespace Notebooks.Book.Site;

/// <summary>A check a chapter printed, and where: the anchor of its code cell.</summary>
/// <param name="Check">The verdict line.</param>
/// <param name="CellAnchor">The id of the code cell that printed it, e.g. <c>cell-7</c>.</param>
internal sealed record ChapterClaim(CheckLine Check, string CellAnchor);
