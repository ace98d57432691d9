using System.Text.Json;
using TestSupport;

namespace Notebooks.Cli.Tests;

/// <summary>The files that set up a student's machine: they cannot run here, so their content is checked.</summary>
public sealed class RepositoryTests
{
    private static readonly string Root = RepositoryPaths.Root;

    [Fact]
    public void devcontainer_json_parses_and_uses_an_os_whose_libstdcxx_loads_torchsharp()
    {
        using var json = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Root, ".devcontainer", "devcontainer.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var image = json.RootElement.GetProperty("image").GetString()!;

        // Ubuntu 24.04 (noble) and Debian 13 (trixie) ship GCC 13+'s libstdc++ (GLIBCXX_3.4.32).
        Assert.Matches(@"-(noble|trixie)$", image);
        Assert.Contains("10.0", image);
    }

    [Fact]
    public void devcontainer_installs_the_jupyter_csharp_and_polyglot_extensions_and_builds_on_create()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ".devcontainer", "devcontainer.json")));
        var extensions = json.RootElement.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains("ms-dotnettools.csharp", extensions);
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("build", json.RootElement.GetProperty("postCreateCommand").GetString());
    }

    [Fact]
    public void ci_runs_the_test_command_the_readme_gives()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));

        Assert.Contains("./kit test", readme);
        Assert.Contains("./kit run", readme);
        Assert.Contains("./kit test", ci);
    }

    [Fact]
    public void global_json_pins_the_net_10_sdk()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "global.json")));
        Assert.StartsWith("10.0.", json.RootElement.GetProperty("sdk").GetProperty("version").GetString());
    }
}
