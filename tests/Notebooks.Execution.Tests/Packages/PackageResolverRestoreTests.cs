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

    [Fact]
    public async Task torchsharp_cpu_brings_its_native_libraries_for_this_rid()
    {
        var resolver = new PackageResolver(_cache.Path, new PackageResolverOptions { RuntimeIdentifier = "linux-x64" });

        var resolution = await resolver.ResolveAsync([new PackageRequest("TorchSharp-cpu", "0.107.0")], [], _cache.Path);

        var natives = resolution.NativeLibraries.Select(Path.GetFileName).ToList();
        Assert.Contains("libLibTorchSharp.so", natives);
        Assert.Contains("libtorch.so", natives);
        Assert.Contains("libtorch_cpu.so", natives);
        Assert.All(resolution.NativeLibraries, p => Assert.Contains("/runtimes/linux-x64/native/", p, StringComparison.Ordinal));
        Assert.Contains(resolution.NativeLibraryDirectories, d => d.EndsWith("/torchsharp/0.107.0/runtimes/linux-x64/native", StringComparison.Ordinal));
        Assert.Contains(resolution.RuntimeAssemblies, p => Path.GetFileName(p) == "TorchSharp.dll");
        Assert.Contains(new ResolvedPackage("TorchSharp-cpu", "0.107.0", IsRequested: true), resolution.Packages);
        Assert.Contains(resolution.Packages, p => p is { Name: "TorchSharp", IsRequested: false });
    }

    [Fact]
    public async Task an_already_restored_package_resolves_with_every_network_source_unreachable()
    {
        // Port 9 (discard) refuses connections at once; NuGet must take 13.0.3 from the global packages folder.
        var offline = new PackageResolverOptions
        {
            NuGetConfigFile = PackageFixtures.WriteNuGetConfig(System.IO.Path.Combine(_cache.Path, "config"), "https://127.0.0.1:9/v3/index.json"),
        };
        var resolver = new PackageResolver(_cache.Path, offline);

        var resolution = await resolver.ResolveAsync([new PackageRequest("Newtonsoft.Json", "13.0.3")], [], _cache.Path);

        Assert.False(resolution.FromCache);
        Assert.Contains(resolution.RuntimeAssemblies, p => p.EndsWith("/newtonsoft.json/13.0.3/lib/net6.0/Newtonsoft.Json.dll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_package_missing_from_the_global_folder_fails_when_sources_are_unreachable()
    {
        // The counterpart of the test above: the unreachable source really is unreachable.
        var offline = new PackageResolverOptions
        {
            GlobalPackagesFolder = System.IO.Path.Combine(_cache.Path, "empty-global"),
            NuGetConfigFile = PackageFixtures.WriteNuGetConfig(System.IO.Path.Combine(_cache.Path, "config"), "https://127.0.0.1:9/v3/index.json"),
        };

        var thrown = await Assert.ThrowsAsync<PackageResolutionException>(
            () => new PackageResolver(_cache.Path, offline).ResolveAsync([new PackageRequest("Newtonsoft.Json", "13.0.3")], [], _cache.Path));

        Assert.Contains("NU1301", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_second_run_is_served_from_the_cross_run_cache_without_dotnet()
    {
        await new PackageResolver(_cache.Path).ResolveAsync([new PackageRequest("Newtonsoft.Json", "13.0.3")], [], _cache.Path);

        var warm = await new PackageResolver(_cache.Path, new PackageResolverOptions { DotnetPath = "/nonexistent/dotnet" })
            .ResolveAsync([new PackageRequest("Newtonsoft.Json", "13.0.3")], [], _cache.Path);

        Assert.True(warm.FromCache);
        Assert.Contains(warm.RuntimeAssemblies, p => p.EndsWith("Newtonsoft.Json.dll", StringComparison.Ordinal));
    }
}
