namespace Notebooks.Kernel;

/// <summary>The kernel cannot start: a bad connection file or an unsupported setting; the message says what to fix.</summary>
public sealed class KernelStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public KernelStartException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public KernelStartException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The cause.</param>
    public KernelStartException(string message, Exception inner) : base(message, inner)
    {
    }
}
