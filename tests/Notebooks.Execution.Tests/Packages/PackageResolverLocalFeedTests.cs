using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Tests.Packages;

/// <summary>Restores from a local folder feed into a private global packages folder: offline and hermetic.</summary>
public sealed class PackageResolverLocalFeedTests : IDisposable
{
    private const string Id = "Kit.Tests.Probe";

    private readonly TempFolder _root = new();
    private readonly PackageResolverOptions _options;

    public PackageResolverLocalFeedTests()
    {
        _options = new PackageResolverOptions
        {
            GlobalPackagesFolder = _root.Combine("global-packages"),
            // No inherited sources at all: only the #i folder can serve anything, so nothing here needs a network.
            NuGetConfigFile = PackageFixtures.WriteNuGetConfig(_root.Combine("config")),
        };
        Directory.CreateDirectory(Notebook);
    }

    private string Notebook => _root.Combine("notebooks");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task a_rebuilt_package_with_the_same_version_replaces_the_stale_global_copy()
    {
        PackageFixtures.WriteNupkg(_root.Combine("artifacts", "packages"), Id, "0.1.0", "build A");
        var first = await NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../artifacts/packages"], Notebook);
        Assert.Equal("build A", File.ReadAllText(Assert.Single(first.RuntimeAssemblies)));

        PackageFixtures.WriteNupkg(_root.Combine("artifacts", "packages"), Id, "0.1.0", "build B");
        var second = await NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../artifacts/packages"], Notebook);

        Assert.False(second.FromCache);
        Assert.Equal("build B", File.ReadAllText(Assert.Single(second.RuntimeAssemblies)));
    }

    [Fact]
    public async Task an_unchanged_local_package_is_served_from_the_cross_run_cache()
    {
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");
        await NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        var again = await NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        Assert.True(again.FromCache);
        Assert.Equal("build A", File.ReadAllText(Assert.Single(again.RuntimeAssemblies)));
    }

    [Fact]
    public async Task a_cross_run_cache_hit_runs_no_restore_at_all()
    {
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");
        var cold = await NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        // A dotnet that cannot start: any restore attempt would throw.
        var noDotnet = _options with { DotnetPath = "/nonexistent/dotnet" };
        var warm = await new PackageResolver(_root.Combine("cache"), noDotnet).ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        Assert.False(cold.FromCache);
        Assert.True(warm.FromCache);
        Assert.Equal(cold.RuntimeAssemblies, warm.RuntimeAssemblies);
        Assert.Equal(cold.Packages, warm.Packages);
    }

    [Fact]
    public async Task the_same_set_is_restored_once_per_run_even_without_the_cross_run_cache()
    {
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");
        var (dotnet, runs) = PackageFixtures.CountingDotnet(_root.Combine("bin"));
        var resolver = new PackageResolver(_root.Combine("cache"), _options with { DotnetPath = dotnet, UseCrossRunCache = false });

        var first = await resolver.ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);
        var second = await resolver.ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        Assert.Equal(1, runs());
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
    }

    [Fact]
    public async Task a_floating_version_resolves_from_the_local_feed_and_skips_the_cross_run_cache()
    {
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.2.0-beta", "build B");

        var stable = await NewResolver().ResolveAsync([new PackageRequest(Id, null)], ["../feed"], Notebook);
        var prerelease = await NewResolver().ResolveAsync([new PackageRequest(Id, "*-*")], ["../feed"], Notebook);
        var stableAgain = await NewResolver().ResolveAsync([new PackageRequest(Id, null)], ["../feed"], Notebook);

        Assert.Equal([new ResolvedPackage(Id, "0.1.0", IsRequested: true)], stable.RequestedPackages);
        Assert.Equal([new ResolvedPackage(Id, "0.2.0-beta", IsRequested: true)], prerelease.RequestedPackages);
        Assert.False(stableAgain.FromCache);
    }

    [Fact]
    public async Task after_a_floating_restore_a_different_explicit_version_conflicts_with_the_loaded_one()
    {
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");
        var context = new PackageRestoreContext(NewResolver(), Notebook);
        context.AddSource("../feed");
        context.AddPackage(new PackageRequest(Id, null));
        await context.RestoreAsync();

        var thrown = Assert.Throws<PackageResolutionException>(() => context.AddPackage(new PackageRequest(Id, "0.3.0")));

        Assert.Equal($"{Id} version 0.3.0 cannot be added because version 0.1.0 was added previously.", thrown.Message);
        Assert.Equal([new PackageRequest(Id, "0.1.0")], context.Packages);
    }

    [Fact]
    public async Task an_unknown_package_fails_with_nugets_error_line()
    {
        Directory.CreateDirectory(_root.Combine("feed"));

        var thrown = await Assert.ThrowsAsync<PackageResolutionException>(
            () => NewResolver().ResolveAsync([new PackageRequest("Kit.Tests.NoSuchPackage", "1.0.0")], ["../feed"], Notebook));

        Assert.Contains("NU1101: Unable to find package Kit.Tests.NoSuchPackage", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(thrown.RestoreErrors, e => e.StartsWith("NU1101:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_missing_local_source_folder_is_a_clear_error()
    {
        var thrown = await Assert.ThrowsAsync<PackageResolutionException>(
            () => NewResolver().ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../artifacts/packages"], Notebook));

        Assert.Contains("Package source folder '../artifacts/packages' does not exist", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(_root.Combine("artifacts", "packages"), thrown.Message, StringComparison.Ordinal);
        var context = new PackageRestoreContext(NewResolver(), Notebook);
        Assert.Throws<PackageResolutionException>(() => context.AddSource("../artifacts/packages"));
    }

    [Fact]
    public async Task the_kits_own_directory_props_do_not_leak_into_the_restore_project()
    {
        // A cache folder inside a "repository" whose props turn on central versions and whose targets fail any build.
        var repository = _root.Combine("repo");
        Directory.CreateDirectory(repository);
        File.WriteAllText(Path.Combine(repository, "Directory.Packages.props"),
            "<Project><PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(repository, "Directory.Build.props"),
            "<Project><PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(repository, "Directory.Build.targets"),
            "<Project><Target Name=\"Leak\" BeforeTargets=\"Restore;ResolveReferences\"><Error Text=\"Directory.Build.targets leaked\" /></Target></Project>");
        PackageFixtures.WriteNupkg(_root.Combine("feed"), Id, "0.1.0", "build A");

        var resolution = await new PackageResolver(Path.Combine(repository, ".cache"), _options)
            .ResolveAsync([new PackageRequest(Id, "0.1.0")], ["../feed"], Notebook);

        Assert.Single(resolution.RuntimeAssemblies);
    }

    private PackageResolver NewResolver() => new(_root.Combine("cache"), _options);
}
