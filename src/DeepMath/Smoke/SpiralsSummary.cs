using DeepMath.Checks;

namespace DeepMath.Smoke;

/// <summary>The outcome of <see cref="SpiralsExperiment.Run"/>.</summary>
/// <param name="Steps">Optimizer steps taken, e.g. 600.</param>
/// <param name="FinalLoss">Cross-entropy at the last step, e.g. 0.01.</param>
/// <param name="TrainingAccuracy">Fraction of training points classified correctly, e.g. 1.0.</param>
/// <param name="Seconds">Wall-clock seconds of training; volatile, so left out of <see cref="ToString"/>.</param>
public sealed record SpiralsSummary(int Steps, double FinalLoss, double TrainingAccuracy, double Seconds)
{
    /// <summary>A stable one-line summary such as "two spirals: 600 steps, final loss 0.0123, training accuracy 1".</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"two spirals: {Steps} steps, final loss {Numbers.Format(FinalLoss)}, training accuracy {Numbers.Format(TrainingAccuracy)}";
}
