namespace Notebooks.Kernel.Kernelspec;

/// <summary>A kernelspec found on disk.</summary>
/// <param name="Name">The folder name, which is the kernel's name (e.g. <c>.net-csharp</c>).</param>
/// <param name="Directory">The folder holding kernel.json.</param>
/// <param name="DisplayName">Its display_name.</param>
/// <param name="Owner">Who installed it: this kit, .NET Interactive, or something else.</param>
/// <param name="Argv">Its command line.</param>
public sealed record InstalledKernelspec(string Name, string Directory, string DisplayName, KernelspecOwner Owner, IReadOnlyList<string> Argv);

/// <summary>Who a kernelspec belongs to.</summary>
public enum KernelspecOwner
{
    /// <summary>Written by <c>kit kernel install</c> (it carries <c>metadata.kit</c>).</summary>
    Kit,

    /// <summary>.NET Interactive's (<c>dotnet interactive jupyter …</c>): never replaced silently.</summary>
    DotNetInteractive,

    /// <summary>Any other kernel.</summary>
    Other,
}
