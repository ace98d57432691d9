namespace Notebooks.Kernel.Kernelspec;

/// <summary>Where Jupyter looks for kernelspecs and writes runtime files, as jupyter_core and VS Code compute them.</summary>
public static class JupyterPaths
{
    /// <summary>The user's Jupyter data folder: <c>$JUPYTER_DATA_DIR</c>, else <c>${XDG_DATA_HOME:-~/.local/share}/jupyter</c>
    /// (<c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows).</summary>
    public static string UserDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } explicitDir)
        {
            return explicitDir;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>The folder for connection files: <c>$JUPYTER_RUNTIME_DIR</c>, else the data folder's <c>runtime</c>.</summary>
    public static string RuntimeDirectory() =>
        Environment.GetEnvironmentVariable("JUPYTER_RUNTIME_DIR") is { Length: > 0 } explicitDir
            ? explicitDir
            : Path.Combine(UserDataDirectory(), "runtime");

    /// <summary>Every kernels folder a client searches, first hit wins: JUPYTER_PATH entries, the user's, then the system's.</summary>
    public static IReadOnlyList<string> KernelSearchPath()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("JUPYTER_PATH") is { Length: > 0 } jupyterPath)
        {
            folders.AddRange(jupyterPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        folders.Add(UserDataDirectory());
        if (OperatingSystem.IsWindows())
        {
            folders.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter"));
        }
        else
        {
            folders.Add("/usr/local/share/jupyter");
            folders.Add("/usr/share/jupyter");
        }

        return [.. folders.Select(f => Path.Combine(f, "kernels")).Distinct()];
    }
}
