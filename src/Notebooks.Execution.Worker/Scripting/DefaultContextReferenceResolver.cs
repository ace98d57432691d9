using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Notebooks.Execution.Worker.Scripting;

/// <summary>
/// Resolves <c>#r "path.dll"</c> like Roslyn's script resolver, but makes the assembly load at run time into the
/// default load context (through <see cref="RuntimeReferences"/>) instead of Roslyn's loader.
/// </summary>
/// <remarks>
/// Roslyn's InteractiveAssemblyLoader gives each referenced file its own load context and can load one
/// dependency twice (we saw two FSharp.Core copies when a notebook referenced Plotly.NET, which then failed with
/// MissingMethodException). It only takes over assemblies whose reference has a file path, so we hand Roslyn
/// path-less references (same metadata, read from the file) and let the default context load each assembly once,
/// probing the referenced files' folders for their dependencies.
/// </remarks>
internal sealed class DefaultContextReferenceResolver(ScriptMetadataResolver inner) : MetadataReferenceResolver
{
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var resolved = inner.ResolveReference(reference, baseFilePath, properties);
        return [.. resolved.Select(r => r.FilePath is { } path && !IsFramework(path) ? WithoutPath(path, r.Properties) : r)];
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is DefaultContextReferenceResolver r && r.Inner.Equals(inner);

    public override int GetHashCode() => inner.GetHashCode();

    /// <summary>A reference Roslyn compiles against but does not load; the default context loads <paramref name="path"/>.</summary>
    public static PortableExecutableReference WithoutPath(string path, MetadataReferenceProperties properties = default)
    {
        RuntimeReferences.AddAssembly(path);
        using var stream = File.OpenRead(path);
        return MetadataReference.CreateFromStream(stream, properties == default ? MetadataReferenceProperties.Assembly : properties);
    }

    private ScriptMetadataResolver Inner => inner;

    private static bool IsFramework(string path) =>
        path.StartsWith(Path.GetDirectoryName(typeof(object).Assembly.Location)!, StringComparison.Ordinal);
}
