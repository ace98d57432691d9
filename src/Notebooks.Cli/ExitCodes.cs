namespace Notebooks.Cli;

/// <summary>The exit statuses every `kit` command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and every cell succeeded.</summary>
    public const int Success = 0;

    /// <summary>Something ran and failed (a cell's error, a failed check); its details were written.</summary>
    public const int Failed = 1;

    /// <summary>Bad input or usage: nothing was run and nothing was written.</summary>
    public const int BadInput = 2;
}
