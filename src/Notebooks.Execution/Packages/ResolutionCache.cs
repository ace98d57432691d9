using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Notebooks.Execution.Packages;

/// <summary>
/// Restore results kept on disk between runs, one JSON file per package set, keyed by a hash of everything that
/// changes the answer: packages and versions, sources, TFM, RID, packages folder and NuGet.config contents.
/// </summary>
internal sealed class ResolutionCache(string directory)
{
    public static string Key(
        IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, string? nuGetConfigFile,
        PackageResolverOptions options, string globalPackagesFolder)
    {
        var text = new StringBuilder();
        foreach (var package in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            text.Append("package ").Append(package.Name.ToLowerInvariant()).Append(' ').AppendLine(package.EffectiveVersion);
        }

        foreach (var source in sources)
        {
            text.Append("source ").AppendLine(source);
        }

        text.Append("tfm ").AppendLine(options.TargetFramework);
        text.Append("rid ").AppendLine(options.RuntimeIdentifier);
        text.Append("packages ").AppendLine(globalPackagesFolder);
        if (nuGetConfigFile is not null && File.Exists(nuGetConfigFile))
        {
            text.Append("config ").Append(nuGetConfigFile).Append(' ').AppendLine(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(nuGetConfigFile))));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    /// <summary>The cached result, or null when absent, unreadable, or pointing at files that are gone.</summary>
    public RestoredAssets? TryRead(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var assets = JsonSerializer.Deserialize<RestoredAssets>(File.ReadAllBytes(path));
            // A cleaned global packages folder makes the entry useless: restore again rather than fail to load.
            return assets is not null && assets.CompileReferences.Concat(assets.RuntimeAssemblies).Concat(assets.NativeLibraries).All(File.Exists)
                ? assets
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string key, RestoredAssets assets)
    {
        Directory.CreateDirectory(directory);
        // Write then rename, so a parallel run never reads half a file.
        var temporary = Path.Combine(directory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(assets));
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(directory, $"{key}.json");
}
