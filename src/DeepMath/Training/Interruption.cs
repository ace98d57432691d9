namespace DeepMath.Training;

/// <summary>The notebook host's interrupt: cancelled when the reader presses stop in Jupyter (or VS Code) during a cell.</summary>
/// <remarks>
/// The kit's worker (<c>./kit run</c> and the Jupyter kernel) publishes a token provider under the
/// <see cref="AppContext"/> key <c>Notebooks.InterruptToken</c>; outside it (unit tests, a console program) the token
/// is never cancelled. <see cref="Trainer.Fit"/> checks it before every step, so an interrupted training cell stops
/// between two steps with <see cref="OperationCanceledException"/> and keeps the model and the notebook's state.
/// Long loops of your own can do the same: <c>Interruption.Token.ThrowIfCancellationRequested()</c>. Not a topic of
/// the paper; introduced with the training loop in chapter 00 (foundations).
/// </remarks>
public static class Interruption
{
    private const string Key = "Notebooks.InterruptToken";

    /// <summary>The running cell's interrupt token, or <see cref="CancellationToken.None"/> outside a notebook host.</summary>
    public static CancellationToken Token =>
        AppContext.GetData(Key) is Func<CancellationToken> current ? current() : CancellationToken.None;
}
