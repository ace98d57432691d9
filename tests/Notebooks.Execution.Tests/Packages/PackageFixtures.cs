using System.IO.Compression;
using System.Text;

namespace Notebooks.Execution.Tests.Packages;

/// <summary>Tiny packages, offline NuGet configs and a dotnet that counts its runs, built inside a test's folder.</summary>
internal static class PackageFixtures
{
    /// <summary>
    /// Writes <c>{id}.{version}.nupkg</c> into <paramref name="feed"/>: a nuspec plus <c>lib/net10.0/{id}.dll</c>
    /// whose bytes are <paramref name="marker"/>, so a test can tell two builds of one id+version apart.
    /// </summary>
    public static string WriteNupkg(string feed, string id, string version, string marker)
    {
        Directory.CreateDirectory(feed);
        var path = Path.Combine(feed, $"{id}.{version}.nupkg");
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Write(zip, $"{id}.nuspec", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>{version}</version>
                <authors>kit tests</authors>
                <description>{marker}</description>
              </metadata>
            </package>
            """);
        Write(zip, $"lib/net10.0/{id}.dll", marker);
        return path;
    }

    /// <summary>A NuGet.config with every inherited source cleared, plus <paramref name="sources"/>.</summary>
    public static string WriteNuGetConfig(string folder, params string[] sources)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "NuGet.Config");
        var adds = string.Concat(sources.Select((s, i) => $"""    <add key="s{i}" value="{s}" />{"\n"}"""));
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {adds}  </packageSources>
            </configuration>
            """);
        return path;
    }

    /// <summary>A shell script that appends a line to <c>runs.log</c> and then runs the real dotnet.</summary>
    public static (string Script, Func<int> Runs) CountingDotnet(string folder)
    {
        Directory.CreateDirectory(folder);
        var log = Path.Combine(folder, "runs.log");
        var script = Path.Combine(folder, "dotnet-counting.sh");
        var real = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        File.WriteAllText(script, $"#!/bin/sh\necho run >> '{log}'\nexec '{real}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return (script, () => File.Exists(log) ? File.ReadAllLines(log).Length : 0);
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
