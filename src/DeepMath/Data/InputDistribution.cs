namespace DeepMath.Data;

/// <summary>Where the inputs x of a synthetic sample come from.</summary>
public enum InputDistribution
{
    /// <summary>Uniform on the cube [-1, 1]^d.</summary>
    UniformCube,

    /// <summary>Standard Gaussian N(0, I_d).</summary>
    Gaussian,
}
