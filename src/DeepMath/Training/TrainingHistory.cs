using DeepMath.Checks;

namespace DeepMath.Training;

/// <summary>What a training run recorded: the loss after every step, and how long it took.</summary>
/// <param name="Loss">The loss at each step, in order (index 0 is step 1); plot it with <c>Plots.LossCurve</c>.</param>
/// <param name="Elapsed">Wall-clock time of the run; volatile, so it is not part of <see cref="ToString"/>.</param>
public sealed record TrainingHistory(IReadOnlyList<double> Loss, TimeSpan Elapsed)
{
    /// <summary>Number of steps taken.</summary>
    public int Steps => Loss.Count;

    /// <summary>Loss at the last step (NaN when no step ran).</summary>
    public double FinalLoss => Loss.Count == 0 ? double.NaN : Loss[^1];

    /// <summary>A stable summary such as "1000 steps, loss 0.6931 → 0.01234".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        Loss.Count == 0 ? "0 steps" : $"{Steps} steps, loss {Numbers.Format(Loss[0])} → {Numbers.Format(FinalLoss)}";
}
