using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Architectures;

/// <summary>How far back a linear recurrent network's gradient reaches: the norms of ∂h_t/∂h_0 = W^t.</summary>
/// <remarks>
/// Berner et al., Section 6 (recurrent networks); Bengio, Simard and Frasconi (1994); Pascanu, Mikolov and Bengio (2013).
/// For h_t = W h_{t-1} the Jacobian is ∂h_t/∂h_0 = W^t, whose spectral norm behaves like ρ(W)^t (Gelfand's formula:
/// ‖W^t‖^{1/t} → ρ(W)), so gradients through time decay geometrically when ρ(W) &lt; 1 and explode when ρ(W) &gt; 1. For
/// h_t = tanh(W h_{t-1} + u_t) it is Π_t diag(1 - h_t²)·W, whose norm is at most ‖W‖₂^t because |tanh'| ≤ 1. MathNet,
/// float64. Chapter 05 (architectures) compares this rate with the input gradients of a tanh RNN and an LSTM.
/// </remarks>
public static class RecurrentJacobians
{
    /// <summary>The spectral norms ‖W^t‖₂ for t = 1..T: the gradient gain from step 0 to step t of a linear RNN.</summary>
    /// <param name="w">The recurrent matrix W, N × N.</param>
    /// <param name="steps">T, e.g. 200.</param>
    /// <returns>Norms for t = 1..T (index t - 1).</returns>
    public static double[] Linear(Matrix<double> w, int steps)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var norms = new double[steps];
        var power = w.Clone();
        for (var t = 0; t < steps; t++)
        {
            norms[t] = power.L2Norm();
            power = w * power;
        }
        return norms;
    }

    /// <summary>A random N × N matrix with i.i.d. Gaussian entries, rescaled to the given spectral radius ρ(W) (largest |eigenvalue|).</summary>
    /// <param name="size">N, e.g. 20.</param>
    /// <param name="spectralRadius">ρ, e.g. 0.9.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>W with ρ(W) = ρ; in general not normal, so ‖W‖₂ &gt; ρ.</returns>
    public static Matrix<double> WithSpectralRadius(int size, double spectralRadius, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spectralRadius);
        var w = Matrix<double>.Build.Random(size, size, new MathNet.Numerics.Distributions.Normal(0, 1, new MathNet.Numerics.Random.MersenneTwister(seed)));
        var radius = w.Evd().EigenValues.Max(e => e.Magnitude);
        return w * (spectralRadius / radius);
    }
}
