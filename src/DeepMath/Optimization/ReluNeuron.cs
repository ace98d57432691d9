using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// A single ReLU neuron x ↦ max(0, wᵀx) in the realizable setting: Gaussian inputs, labels y = max(0, w*ᵀx) from a
/// teacher w*, trained by the GLMtron update w ← w + η (1/n) Σ (y_i - max(0, wᵀx_i)) x_i.
/// </summary>
/// <remarks>
/// GLMtron (Kakade, Kalai, Kanade and Shamir 2011) drops the derivative of the activation from the gradient; for a
/// ReLU gate it recovers the teacher at a geometric rate (Mukherjee 2021, PhD thesis, chapter 3). Once every sign
/// max(0, wᵀx_i) &gt; 0 agrees with the teacher's, the update is linear: w - w* ← (I - η Σ₊)(w - w*) with
/// Σ₊ = (1/n) Σ_{w*ᵀx_i &gt; 0} x_i x_iᵀ, so the rate is max |1 - η λ(Σ₊)| (≈ 1 - η/2 for Gaussian inputs, where
/// E Σ₊ = I/2). Paper, Section 5 (provable training). Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class ReluNeuron
{
    private ReluNeuron(Matrix<double> x, double[] y, double[] teacher) => (X, Y, Teacher) = (x, y, teacher);

    /// <summary>The inputs, one row per sample: [n, d].</summary>
    public Matrix<double> X { get; }

    /// <summary>The labels y_i = max(0, w*ᵀx_i).</summary>
    public double[] Y { get; }

    /// <summary>The teacher's weights w* (unit norm).</summary>
    public double[] Teacher { get; }

    /// <summary>Samples n standard Gaussian inputs in R^d and a unit teacher w*, and labels them.</summary>
    /// <param name="n">Sample size, e.g. 200.</param>
    /// <param name="d">Input dimension, e.g. 10.</param>
    /// <param name="seed">Seed of inputs and teacher, e.g. 0.</param>
    /// <returns>The realizable data set.</returns>
    public static ReluNeuron Sample(int n, int d, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var rng = new MersenneTwister(seed);
        var normal = new Normal(0, 1, rng);
        var teacher = Vector<double>.Build.Random(d, normal).Normalize(2).ToArray();
        var x = Matrix<double>.Build.Random(n, d, normal);
        var y = (x * Vector<double>.Build.Dense(teacher)).Map(v => Math.Max(0, v)).ToArray();
        return new ReluNeuron(x, y, teacher);
    }

    /// <summary>One GLMtron step: w + η (1/n) Σ (y_i - max(0, wᵀx_i)) x_i.</summary>
    /// <param name="w">The current weights, length d.</param>
    /// <param name="lr">The step size η, e.g. 1.</param>
    /// <returns>The new weights.</returns>
    public double[] GlmtronStep(double[] w, double lr)
    {
        var residual = Vector<double>.Build.Dense(Y) - Predict(w);
        var step = X.TransposeThisAndMultiply(residual) * (lr / X.RowCount);
        return (Vector<double>.Build.Dense(w) + step).ToArray();
    }

    /// <summary>The predictions max(0, wᵀx_i), one per sample.</summary>
    /// <param name="w">Weights, length d.</param>
    /// <returns>The predictions as a vector of length n.</returns>
    public Vector<double> Predict(double[] w) => (X * Vector<double>.Build.Dense(w)).Map(v => Math.Max(0, v));

    /// <summary>The rate the linearised GLMtron predicts: max_i |1 - η λ_i(Σ₊)|, Σ₊ the covariance of the teacher's active samples.</summary>
    /// <param name="lr">The step size η, e.g. 1.</param>
    /// <returns>The contraction factor per step, in (0, 1) when the method converges.</returns>
    public double PredictedRate(double lr)
    {
        var teacher = Vector<double>.Build.Dense(Teacher);
        var active = Enumerable.Range(0, X.RowCount).Where(i => X.Row(i) * teacher > 0).ToArray();
        var xActive = Matrix<double>.Build.DenseOfRowVectors(active.Select(X.Row));
        var sigma = xActive.TransposeThisAndMultiply(xActive) / X.RowCount;
        return sigma.Evd(Symmetricity.Symmetric).EigenValues.Select(l => Math.Abs(1 - lr * l.Real)).Max();
    }

    /// <summary>The distance ‖w - w*‖.</summary>
    /// <param name="w">Weights, length d.</param>
    /// <returns>The distance to the teacher.</returns>
    public double DistanceToTeacher(double[] w) => Math.Sqrt(w.Select((v, i) => (v - Teacher[i]) * (v - Teacher[i])).Sum());
}
