using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Tests.Packages;

public sealed class PackageResolverRestoreTests : IDisposable
{
    private readonly TempFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task restoring_newtonsoft_json_returns_its_lib_assembly_and_version()
    {
        var resolver = new PackageResolver(_cache.Path);

        var resolution = await resolver.ResolveAsync([new PackageRequest("Newtonsoft.Json", "13.0.3")], [], _cache.Path);

        Assert.False(resolution.FromCache);
        Assert.Contains(resolution.RuntimeAssemblies, p => p.EndsWith("/newtonsoft.json/13.0.3/lib/net6.0/Newtonsoft.Json.dll", StringComparison.Ordinal));
        Assert.Contains(resolution.CompileReferences, p => p.EndsWith("Newtonsoft.Json.dll", StringComparison.Ordinal));
        Assert.All(resolution.CompileReferences.Concat(resolution.RuntimeAssemblies), p => Assert.True(File.Exists(p), p));
        Assert.Equal([new ResolvedPackage("Newtonsoft.Json", "13.0.3", IsRequested: true)], resolution.Packages);
        Assert.DoesNotContain(resolution.CompileReferences, p => p.Contains("Microsoft.NETCore.App.Ref", StringComparison.Ordinal));
    }
}
