namespace DeepMath.Architectures;

/// <summary>The activation function ϱ applied after every hidden layer.</summary>
/// <remarks>Berner et al., Section 1.1: the realization of a network applies ϱ componentwise; ReLU ϱ(x) = max(x, 0) is the paper's default.</remarks>
public enum Activation
{
    /// <summary>ϱ(x) = max(x, 0), the rectified linear unit.</summary>
    ReLU,

    /// <summary>ϱ(x) = tanh(x), smooth and bounded.</summary>
    Tanh,

    /// <summary>ϱ(x) = 1 / (1 + e^-x), the logistic sigmoid.</summary>
    Sigmoid,

    /// <summary>ϱ(x) = x·Φ(x), the Gaussian error linear unit.</summary>
    GELU,
}
