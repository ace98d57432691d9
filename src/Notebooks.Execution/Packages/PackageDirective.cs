using System.Diagnostics.CodeAnalysis;

namespace Notebooks.Execution.Packages;

/// <summary>
/// A <c>#r "nuget: …"</c> or <c>#i "nuget: …"</c> line, parsed the way .NET Interactive parses it
/// (polyglot-format.md §2): the directive must start the line, its argument is trimmed of spaces, tabs and
/// <c>"</c>, must start with lowercase <c>nuget:</c>, and a package argument is split on its first comma.
/// </summary>
/// <remarks>
/// Any other <c>#r</c> (an assembly path) is not a package directive: the executor leaves it to Roslyn.
/// </remarks>
public abstract record PackageDirective
{
    private const string NuGetPrefix = "nuget:";

    // Only the two derived records below exist; nobody else should add directive kinds.
    private protected PackageDirective()
    {
    }

    /// <summary>
    /// Parses one line. Returns <see langword="null"/> when the line is not a package directive at all, and throws
    /// <see cref="PackageResolutionException"/> when it is one but malformed (empty name, bad version, empty source).
    /// </summary>
    /// <param name="line">One line of a cell, without its line break (a trailing <c>\r</c> is ignored).</param>
    public static PackageDirective? Parse(string line)
    {
        if (TryParse(line, out var directive, out var error))
        {
            return directive;
        }

        return error is null ? null : throw new PackageResolutionException(error);
    }

    /// <summary>Parses one line; false when it is not a well-formed package directive.</summary>
    /// <param name="line">One line of a cell, without its line break.</param>
    /// <param name="directive">The directive when the result is true.</param>
    public static bool TryParse(string line, [NotNullWhen(true)] out PackageDirective? directive) =>
        TryParse(line, out directive, out _);

    /// <summary>
    /// Parses one line. True for a well-formed package directive. False with <paramref name="error"/> null when the
    /// line is not a package directive; false with a reader-facing <paramref name="error"/> when it is a malformed one.
    /// </summary>
    /// <param name="line">One line of a cell, without its line break.</param>
    /// <param name="directive">The directive when the result is true.</param>
    /// <param name="error">Why a package directive was rejected, or null.</param>
    public static bool TryParse(string line, [NotNullWhen(true)] out PackageDirective? directive, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        directive = null;
        error = null;

        // Indented directives are not directives in .NET Interactive, so no TrimStart here.
        if (line.Length < 3 || line[0] != '#' || (line[1] != 'r' && line[1] != 'i') || !char.IsWhiteSpace(line[2]))
        {
            return false;
        }

        var argument = line[3..].Trim(' ', '\t', '"', '\r');
        if (!argument.StartsWith(NuGetPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var body = argument[NuGetPrefix.Length..];
        return line[1] == 'r'
            ? TryParseReference(body, out directive, out error)
            : TryParseSource(body, out directive, out error);
    }

    /// <summary>
    /// Splits a cell into its package directives and the code Roslyn should see. Directive lines become empty
    /// lines so that Roslyn's line numbers still match the cell; this is the hoisting .NET Interactive does
    /// (the cell restores once, before any of its code runs).
    /// </summary>
    /// <param name="cellCode">The whole source of a C# cell.</param>
    /// <param name="code">The cell with directive lines blanked.</param>
    /// <exception cref="PackageResolutionException">A package directive in the cell is malformed.</exception>
    public static IReadOnlyList<PackageDirective> Hoist(string cellCode, out string code)
    {
        ArgumentNullException.ThrowIfNull(cellCode);
        var lines = cellCode.Split('\n');
        var directives = new List<PackageDirective>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Parse(lines[i]) is { } directive)
            {
                directives.Add(directive);
                lines[i] = lines[i].EndsWith('\r') ? "\r" : string.Empty;
            }
        }

        code = string.Join('\n', lines);
        return directives;
    }

    private static bool TryParseReference(string body, out PackageDirective? directive, out string? error)
    {
        directive = null;
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var name = (comma < 0 ? body : body[..comma]).Trim();
        var version = comma < 0 ? null : body[(comma + 1)..].Trim();
        if (string.IsNullOrEmpty(version))
        {
            version = null;
        }

        if (name.Length == 0)
        {
            error = "#r \"nuget: …\" needs a package name, e.g. #r \"nuget: Newtonsoft.Json, 13.0.3\".";
            return false;
        }

        if (!NuGetVersionSyntax.IsValidId(name))
        {
            error = $"'{name}' is not a valid NuGet package id (letters, digits, '.', '-' and '_' only).";
            return false;
        }

        if (version is not null && !NuGetVersionSyntax.IsValidVersionOrRange(version))
        {
            error = $"'{version}' is not a valid version for package {name}: use an exact version (1.2.3), "
                + "a range ([1.0,2.0)) or a floating version (*, 1.*, *-*).";
            return false;
        }

        error = null;
        directive = new PackageReferenceDirective(new PackageRequest(name, version));
        return true;
    }

    private static bool TryParseSource(string body, out PackageDirective? directive, out string? error)
    {
        directive = null;
        var source = body.Trim();
        if (source.Length == 0)
        {
            error = "#i \"nuget: …\" needs a package source: a feed URL or a local folder.";
            return false;
        }

        error = null;
        directive = new PackageSourceDirective(source);
        return true;
    }
}

/// <summary><c>#r "nuget: Name[, Version]"</c>: add a package.</summary>
/// <param name="Package">The requested package.</param>
public sealed record PackageReferenceDirective(PackageRequest Package) : PackageDirective;

/// <summary><c>#i "nuget: source"</c>: add a restore source.</summary>
/// <param name="Source">A feed URL, or a local folder as written (relative paths are relative to the notebook's folder).</param>
public sealed record PackageSourceDirective(string Source) : PackageDirective;
