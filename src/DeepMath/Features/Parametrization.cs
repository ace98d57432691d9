namespace DeepMath.Features;

/// <summary>How the output of a two-layer network of width N is scaled: f(x) = N^(−α) Σ_i a_i ϱ(⟨w_i, x⟩/√d).</summary>
/// <remarks>
/// The two limits of wide networks (Berner et al., Sections 4.2 and 5): α = ½ gives the neural tangent kernel regime
/// (Jacot, Gabriel and Hongler 2018), where features hardly move; α = 1 with the learning rate scaled by N gives the
/// mean-field regime (Mei, Montanari and Nguyen 2018; Chizat and Bach 2018), where they do. Chapter 04.
/// </remarks>
public enum Parametrization
{
    /// <summary>α = ½ and learning rate η: the lazy, kernel regime.</summary>
    Ntk,

    /// <summary>α = 1 and learning rate η·N: the feature-learning regime.</summary>
    MeanField,
}
