namespace Notebooks.Cli;

/// <summary>Bad input found before any work started: reported as one message, exit status 2.</summary>
public sealed class UsageException(string message) : Exception(message);
