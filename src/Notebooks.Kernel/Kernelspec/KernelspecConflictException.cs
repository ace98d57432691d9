namespace Notebooks.Kernel.Kernelspec;

/// <summary>A kernelspec with the requested name exists and is not this kit's; the message says how to proceed.</summary>
public sealed class KernelspecConflictException : Exception
{
    /// <summary>Creates the exception for <paramref name="existing"/>.</summary>
    /// <param name="existing">The kernelspec in the way.</param>
    public KernelspecConflictException(InstalledKernelspec existing)
        : base($"a kernelspec named '{existing.Name}' is already installed in {existing.Directory} and it is " +
               $"{KernelspecStore.Describe(existing.Owner)} ({string.Join(' ', existing.Argv)}). It was left as it is. " +
               $"Install under another name with --name NAME (notebooks then need that kernel picked once), or replace it " +
               $"with --force (it is backed up and restored by 'kit kernel uninstall').") =>
        Existing = existing;

    /// <summary>The kernelspec in the way.</summary>
    public InstalledKernelspec? Existing { get; }

    /// <summary>Creates the exception.</summary>
    public KernelspecConflictException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public KernelspecConflictException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The cause.</param>
    public KernelspecConflictException(string message, Exception inner) : base(message, inner)
    {
    }
}
