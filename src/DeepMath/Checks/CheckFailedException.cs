namespace DeepMath.Checks;

/// <summary>Thrown by a <see cref="Check"/> whose measurement disagrees with the prediction; the message is the check's one-line verdict.</summary>
/// <remarks>A failing check fails the notebook run and its snapshot test: a broken claim is a finding, not noise.</remarks>
public sealed class CheckFailedException : Exception
{
    /// <summary>Creates the exception for a failed check.</summary>
    /// <param name="result">The failed verdict; its <see cref="CheckResult.ToString"/> becomes the message.</param>
    public CheckFailedException(CheckResult result)
        : base(result.ToString())
    {
        Result = result;
    }

    /// <summary>The failed verdict, with claim, measured and predicted values.</summary>
    public CheckResult Result { get; }
}
