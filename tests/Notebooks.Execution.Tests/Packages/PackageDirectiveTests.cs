using Notebooks.Execution.Packages;

namespace Notebooks.Execution.Tests.Packages;

public sealed class PackageDirectiveTests
{
    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"", "Newtonsoft.Json", "13.0.3")]
    [InlineData("#r \"nuget:Newtonsoft.Json,13.0.3\"", "Newtonsoft.Json", "13.0.3")]
    [InlineData("#r   \"nuget:  DeepMath ,  0.1.0  \"  ", "DeepMath", "0.1.0")]
    [InlineData("#r\t\"nuget: DeepMath, 0.1.0\"\r", "DeepMath", "0.1.0")]
    [InlineData("#r nuget: DeepMath, 0.1.0", "DeepMath", "0.1.0")]
    [InlineData("#r \"nuget: TorchSharp-cpu, *-*\"", "TorchSharp-cpu", "*-*")]
    [InlineData("#r \"nuget: Plotly.NET, 6.*\"", "Plotly.NET", "6.*")]
    [InlineData("#r \"nuget: Plotly.NET, [6.0.0,7.0)\"", "Plotly.NET", "[6.0.0,7.0)")]
    [InlineData("#r \"nuget: Microsoft.DotNet.Interactive.Formatting, 1.0.0-beta.23562.1\"", "Microsoft.DotNet.Interactive.Formatting", "1.0.0-beta.23562.1")]
    [InlineData("#r \"nuget: Newtonsoft.Json\"", "Newtonsoft.Json", null)]
    [InlineData("#r \"nuget: Newtonsoft.Json, \"", "Newtonsoft.Json", null)]
    public void package_references_parse_into_name_and_version(string line, string name, string? version)
    {
        Assert.True(PackageDirective.TryParse(line, out var directive, out var error));
        Assert.Null(error);
        Assert.Equal(new PackageReferenceDirective(new PackageRequest(name, version)), directive);
    }

    [Theory]
    [InlineData("#i \"nuget: ../artifacts/packages\"", "../artifacts/packages")]
    [InlineData("#i \"nuget:https://example.org/v3/index.json\"", "https://example.org/v3/index.json")]
    [InlineData("#i  nuget: /opt/feed  ", "/opt/feed")]
    public void package_sources_parse_into_the_source_text(string line, string source)
    {
        Assert.Equal(new PackageSourceDirective(source), PackageDirective.Parse(line));
    }

    [Theory]
    [InlineData("  #r \"nuget: Newtonsoft.Json, 13.0.3\"")] // indented: not a directive in .NET Interactive
    [InlineData("#r \"Newtonsoft.Json.dll\"")] // an assembly path is Roslyn's
    [InlineData("#r \"Nuget: Newtonsoft.Json\"")] // the prefix is lowercase only
    [InlineData("// #r \"nuget: Newtonsoft.Json\"")]
    [InlineData("#r")]
    [InlineData("#rnuget: Newtonsoft.Json")]
    [InlineData("#load \"helpers.csx\"")]
    [InlineData("#i \"../artifacts/packages\"")]
    [InlineData("var x = 1;")]
    [InlineData("")]
    public void other_lines_are_not_package_directives(string line)
    {
        Assert.False(PackageDirective.TryParse(line, out var directive, out var error));
        Assert.Null(directive);
        Assert.Null(error);
        Assert.Null(PackageDirective.Parse(line));
    }

    [Theory]
    [InlineData("#r \"nuget: \"", "needs a package name")]
    [InlineData("#r \"nuget: , 1.0.0\"", "needs a package name")]
    [InlineData("#r \"nuget: Foo Bar, 1.0.0\"", "'Foo Bar' is not a valid NuGet package id")]
    [InlineData("#r \"nuget: Foo, abc\"", "'abc' is not a valid version for package Foo")]
    [InlineData("#r \"nuget: Foo, 1.0, 2.0\"", "'1.0, 2.0' is not a valid version")]
    [InlineData("#r \"nuget: Foo, 1.0.0.0.0\"", "is not a valid version")]
    [InlineData("#r \"nuget: Foo, [1.0,\"", "is not a valid version")]
    [InlineData("#i \"nuget: \"", "needs a package source")]
    public void malformed_package_directives_are_rejected_with_a_reason(string line, string reason)
    {
        Assert.False(PackageDirective.TryParse(line, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        var thrown = Assert.Throws<PackageResolutionException>(() => PackageDirective.Parse(line));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void hoisting_removes_directive_lines_but_keeps_line_numbers()
    {
        var cell = "#i \"nuget: ../artifacts/packages\"\r\n#r \"nuget: DeepMath, 0.1.0\"\r\nusing DeepMath;\n#r \"My.dll\"\nvar x = 1;";

        var directives = PackageDirective.Hoist(cell, out var code);

        Assert.Equal<PackageDirective>(
            [new PackageSourceDirective("../artifacts/packages"), new PackageReferenceDirective(new PackageRequest("DeepMath", "0.1.0"))],
            directives);
        Assert.Equal("\r\n\r\nusing DeepMath;\n#r \"My.dll\"\nvar x = 1;", code);
    }

    [Fact]
    public void hoisting_a_cell_with_a_malformed_directive_throws()
    {
        Assert.Throws<PackageResolutionException>(() => PackageDirective.Hoist("#r \"nuget: Foo, abc\"\nvar x = 1;", out _));
    }
}
