namespace TestSupport;

/// <summary>Where the repository is, found from a test's output folder rather than the current directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Notebooks.sln";

    /// <summary>The folder holding <c>Notebooks.sln</c>, walking up from <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No parent folder holds the solution.</exception>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>The folder holding <c>Notebooks.sln</c>, walking up from <paramref name="start"/>.</summary>
    /// <param name="start">A folder inside the repository, e.g. a test's bin folder.</param>
    /// <returns>The repository root, without a trailing separator.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder from <paramref name="start"/> upwards holds the solution.</exception>
    public static string FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder from {start} upwards holds {SolutionFileName}.");
    }
}
