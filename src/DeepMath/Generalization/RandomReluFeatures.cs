using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Generalization;

/// <summary>
/// Random ReLU features φ_j(x) = max(0, ⟨w_j, x⟩) with fixed random w_j ~ N(0, I/d): a two-layer network whose first
/// layer is frozen at initialisation, so that fitting the second layer is linear least squares.
/// </summary>
/// <remarks>
/// The model of the double-descent experiments of Belkin, Hsu, Ma and Mandal (2019) and of Mei and Montanari's random
/// features model. Drawing all features once and using the first p of them makes the models nested as p grows.
/// Paper, Section 2 (limits of classical theory and double descent). Introduced in chapter 02 (generalization).
/// </remarks>
public sealed class RandomReluFeatures
{
    private readonly double[] _w; // [count, d] row-major

    private RandomReluFeatures(double[] w, int d) => (_w, D) = (w, d);

    /// <summary>The number of features drawn (the largest p available).</summary>
    public int Count => _w.Length / D;

    /// <summary>The input dimension d.</summary>
    public int D { get; }

    /// <summary>Draws <paramref name="count"/> weight vectors w_j ~ N(0, I/d).</summary>
    /// <param name="count">The number of features, e.g. 2000.</param>
    /// <param name="d">The input dimension, e.g. 20.</param>
    /// <param name="seed">Seed of the weights, e.g. 0.</param>
    /// <returns>The feature map.</returns>
    public static RandomReluFeatures Create(int count, int d, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var rng = new MersenneTwister(seed);
        var w = new double[count * d];
        var scale = 1 / Math.Sqrt(d);
        for (var j = 0; j < w.Length; j++) w[j] = scale * Normal.Sample(rng, 0, 1);
        return new RandomReluFeatures(w, d);
    }

    /// <summary>The feature matrix Φ_ij = max(0, ⟨w_j, x_i⟩) of all <see cref="Count"/> features.</summary>
    /// <param name="x">Inputs, [n, d].</param>
    /// <returns>Φ, [n, Count]; its first p columns are the model with p features.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public double[,] Map(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(1) != D) throw new ArgumentException($"Inputs need {D} columns, got {x.GetLength(1)}.", nameof(x));
        var n = x.GetLength(0);
        var phi = new double[n, Count];
        var row = new double[D];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < D; k++) row[k] = x[i, k];
            for (var j = 0; j < Count; j++) phi[i, j] = Math.Max(Spans.Dot(_w.AsSpan(j * D, D), row), 0);
        }
        return phi;
    }

    /// <summary>The predictions Σ_j a_j Φ_ij of a linear model on the first a.Length features.</summary>
    /// <param name="features">Φ, [n, ≥ p], e.g. from <see cref="Map"/>.</param>
    /// <param name="coefficients">a, length p.</param>
    /// <returns>The n predictions.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static double[] Predict(double[,] features, IReadOnlyList<double> coefficients)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count > features.GetLength(1)) throw new ArgumentException("More coefficients than features.", nameof(coefficients));
        var predictions = new double[features.GetLength(0)];
        for (var i = 0; i < predictions.Length; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < coefficients.Count; j++) sum += coefficients[j] * features[i, j];
            predictions[i] = sum;
        }
        return predictions;
    }
}
