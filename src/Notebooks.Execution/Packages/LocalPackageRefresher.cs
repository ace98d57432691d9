using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Notebooks.Execution.Packages;

/// <summary>
/// Removes global-folder copies that a local folder source has since replaced. NuGet extracts an id+version once
/// into the global packages folder and never looks again, so a rebuilt DeepMath 0.1.0 in artifacts/packages would
/// otherwise be served stale forever.
/// </summary>
internal static class LocalPackageRefresher
{
    /// <summary>Deletes each stale extracted package and returns "id version" for each one deleted.</summary>
    public static IReadOnlyList<string> RefreshStale(IReadOnlyList<string> localFolders, string globalPackagesFolder)
    {
        var refreshed = new List<string>();
        // Flat (folder/x.nupkg) and hierarchical (folder/id/version/x.nupkg) local feeds.
        var search = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, IgnoreInaccessible = true };
        foreach (var nupkg in localFolders.SelectMany(f => Directory.EnumerateFiles(f, "*.nupkg", search)))
        {
            if (nupkg.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase) || ReadIdentity(nupkg) is not { } identity)
            {
                continue;
            }

            var id = identity.Id.ToLowerInvariant();
            var version = NuGetVersionSyntax.Normalize(identity.Version);
            var extracted = Path.Combine(globalPackagesFolder, id, version);
            var hashFile = Path.Combine(extracted, $"{id}.{version}.nupkg.sha512");
            if (!File.Exists(hashFile) || File.ReadAllText(hashFile).Trim() == HashOf(nupkg))
            {
                continue;
            }

            Directory.Delete(extracted, recursive: true);
            refreshed.Add($"{identity.Id} {identity.Version}");
        }

        return refreshed;
    }

    /// <summary>The base64 SHA-512 of a file, the form NuGet writes to <c>.nupkg.sha512</c>.</summary>
    public static string HashOf(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToBase64String(SHA512.HashData(stream));
    }

    private static (string Id, string Version)? ReadIdentity(string nupkg)
    {
        try
        {
            using var zip = ZipFile.OpenRead(nupkg);
            var entry = zip.Entries.FirstOrDefault(e =>
                !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return null;
            }

            using var stream = entry.Open();
            var metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
            var id = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value.Trim();
            var version = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "version")?.Value.Trim();
            return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(version) ? null : (id, version);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException)
        {
            // A half-written or foreign file in the folder is NuGet's to complain about, not ours.
            return null;
        }
    }
}
