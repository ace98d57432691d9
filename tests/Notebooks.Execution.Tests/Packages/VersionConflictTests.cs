using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Tests.Packages;

public sealed class VersionConflictTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void a_different_explicit_version_fails_with_the_dotnet_interactive_message()
    {
        var context = NewContext();
        context.AddPackage(new PackageRequest("Newtonsoft.Json", "13.0.3"));

        var thrown = Assert.Throws<PackageResolutionException>(() => context.AddPackage(new PackageRequest("newtonsoft.json", "12.0.1")));

        Assert.Equal("newtonsoft.json version 12.0.1 cannot be added because version 13.0.3 was added previously.", thrown.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData("*-*")]
    [InlineData("13.0.3")]
    [InlineData("13.0.3.0")]
    public void a_floating_missing_or_equal_version_reuses_the_added_one(string? version)
    {
        var context = NewContext();
        context.AddPackage(new PackageRequest("Newtonsoft.Json", "13.0.3"));

        var reused = context.AddPackage(new PackageRequest("NEWTONSOFT.JSON", version));

        Assert.Equal(new PackageRequest("Newtonsoft.Json", "13.0.3"), reused);
        Assert.Single(context.Packages);
    }

    [Fact]
    public void an_explicit_version_replaces_a_floating_one_that_was_not_restored_yet()
    {
        var context = NewContext();
        context.AddPackage(new PackageRequest("Newtonsoft.Json", null));

        context.AddPackage(new PackageRequest("Newtonsoft.Json", "13.0.3"));

        Assert.Equal([new PackageRequest("Newtonsoft.Json", "13.0.3")], context.Packages);
    }

    [Fact]
    public async Task conflicting_versions_in_one_resolve_call_are_rejected_before_any_restore()
    {
        var resolver = new PackageResolver(_folder.Path, new PackageResolverOptions { DotnetPath = "/nonexistent/dotnet" });

        var thrown = await Assert.ThrowsAsync<PackageResolutionException>(() => resolver.ResolveAsync(
            [new PackageRequest("Newtonsoft.Json", "13.0.3"), new PackageRequest("Newtonsoft.Json", "13.0.4")], [], _folder.Path));

        Assert.Equal("Newtonsoft.Json version 13.0.4 cannot be added because version 13.0.3 was added previously.", thrown.Message);
    }

    [Fact]
    public async Task a_bad_version_is_rejected_before_any_restore()
    {
        var resolver = new PackageResolver(_folder.Path, new PackageResolverOptions { DotnetPath = "/nonexistent/dotnet" });

        var thrown = await Assert.ThrowsAsync<PackageResolutionException>(
            () => resolver.ResolveAsync([new PackageRequest("Newtonsoft.Json", "thirteen")], [], _folder.Path));

        Assert.Equal("'thirteen' is not a valid version for package Newtonsoft.Json.", thrown.Message);
    }

    private PackageRestoreContext NewContext() => new(new PackageResolver(_folder.Path), _folder.Path);
}
