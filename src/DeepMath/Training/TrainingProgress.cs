using DeepMath.Checks;

namespace DeepMath.Training;

/// <summary>One progress report of a training run: which step has finished and its loss.</summary>
/// <param name="Step">Steps done so far, 1..TotalSteps.</param>
/// <param name="TotalSteps">Steps the run will take, e.g. 1000.</param>
/// <param name="Loss">Loss of the mini-batch at this step, e.g. 0.0421.</param>
public sealed record TrainingProgress(int Step, int TotalSteps, double Loss)
{
    /// <summary>Fraction of the run done, in (0, 1], for a progress bar.</summary>
    public double Fraction => (double)Step / TotalSteps;

    /// <summary>A line such as "step 100/1000: loss 0.04213".</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"step {Step}/{TotalSteps}: loss {Numbers.Format(Loss)}";
}
