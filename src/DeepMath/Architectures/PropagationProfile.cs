namespace DeepMath.Architectures;

/// <summary>The second moments of signals and gradients, layer by layer, in a deep ReLU network at random initialization.</summary>
/// <param name="Variance">The weight variance factor c: W_l has i.i.d. N(0, c/N) entries.</param>
/// <param name="Forward">q_l = mean of z_l² over inputs and neurons, for the pre-activations z_l = W_l ϱ(z_{l-1}), l = 1..L.</param>
/// <param name="Backward">g_l = mean of δ_l² for the back-propagated gradients δ_l = ∂ℓ/∂z_l, l = 1..L.</param>
/// <remarks>Berner et al., Section 6 (depth) and the practice of initialization; produced by <see cref="SignalPropagation.Run"/>.</remarks>
public sealed record PropagationProfile(double Variance, IReadOnlyList<double> Forward, IReadOnlyList<double> Backward)
{
    /// <summary>The depth L: the number of layers measured.</summary>
    public int Depth => Forward.Count;

    /// <summary>The geometric-mean forward factor (q_L / q_1)^(1/(L-1)); theory predicts c/2.</summary>
    public double ForwardFactor => Math.Pow(Forward[^1] / Forward[0], 1.0 / (Depth - 1));

    /// <summary>The geometric-mean backward factor (g_1 / g_L)^(1/(L-1)), going from the output towards the input; theory predicts c/2.</summary>
    public double BackwardFactor => Math.Pow(Backward[0] / Backward[^1], 1.0 / (Depth - 1));
}
