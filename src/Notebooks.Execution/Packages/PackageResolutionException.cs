namespace Notebooks.Execution.Packages;

/// <summary>
/// A package directive could not be honoured: bad syntax, a missing local source folder, a version conflict, or a
/// restore that NuGet refused. <see cref="Exception.Message"/> is written for the notebook reader and, for a failed
/// restore, carries NuGet's own error lines (e.g. <c>NU1101: Unable to find package Foo</c>).
/// </summary>
public sealed class PackageResolutionException : Exception
{
    /// <summary>Creates the exception with a reader-facing message.</summary>
    public PackageResolutionException(string message)
        : base(message)
    {
        RestoreErrors = [];
    }

    /// <summary>Creates the exception with a reader-facing message and an underlying cause.</summary>
    public PackageResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
        RestoreErrors = [];
    }

    /// <summary>Creates the exception for a failed restore, keeping NuGet's error lines separately.</summary>
    public PackageResolutionException(string message, IReadOnlyList<string> restoreErrors)
        : base(message)
    {
        RestoreErrors = restoreErrors;
    }

    /// <summary>NuGet/MSBuild error lines of a failed restore (<c>NU1101: …</c>), empty for other failures.</summary>
    public IReadOnlyList<string> RestoreErrors { get; }
}
