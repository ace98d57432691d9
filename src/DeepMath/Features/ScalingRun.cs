namespace DeepMath.Features;

/// <summary>The outcome of <see cref="WidthScaling.Train"/>: how far the hidden features moved, and the training losses.</summary>
/// <param name="Width">Hidden width N, e.g. 4096.</param>
/// <param name="Parametrization">NTK or mean-field scaling.</param>
/// <param name="FeatureMovement">‖H_T − H_0‖_F / ‖H_0‖_F of the hidden features on the training inputs, e.g. 0.01 (NTK, N = 4096).</param>
/// <param name="Losses">The squared loss before training and after every step (steps + 1 values).</param>
/// <remarks>Berner et al., Sections 4.2 and 7: the lazy (NTK) against the feature-learning (mean-field) regime. Chapter 04.</remarks>
public sealed record ScalingRun(int Width, Parametrization Parametrization, double FeatureMovement, IReadOnlyList<double> Losses)
{
    /// <summary>A one-line summary for notebooks, e.g. "Ntk, N = 4096: feature movement 0.0123, loss 0.45 → 0.08".</summary>
    /// <returns>The summary, numbers to 6 significant digits.</returns>
    public override string ToString() =>
        $"{Parametrization}, N = {Width}: feature movement {Checks.Numbers.Format(FeatureMovement)}, " +
        $"loss {Checks.Numbers.Format(Losses[0])} → {Checks.Numbers.Format(Losses[^1])}";
}
