using DeepMath.Architectures;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Approximation;

/// <summary>
/// A function with a finite Barron norm in every dimension d, known in closed form: the average of infinitely many
/// ReLU neurons, f(x) = E_θ ϱ(⟨w, x⟩ + b) with w ~ N(u, I/d), u = (1, …, 1)/√d, b ~ N(0, 1).
/// </summary>
/// <remarks>
/// Berner et al., Section 4 (deep networks overcome the curse of dimensionality; its random-sampling argument after
/// Barron 1993 and Maurey, in Pisier 1981): a function that is an expectation of neurons is approximated by the average
/// f_N of N neurons drawn from the same law with mean squared error E‖f_N − f‖² = V/N, V = E_x Var_θ ϱ(⟨w, x⟩ + b),
/// whatever d is. Here ⟨w, x⟩ + b ~ N(μ, s²) with μ = ⟨u, x⟩ and s² = 1 + ‖x‖²/d, so with r = μ/s
/// f(x) = μΦ(r) + sφ(r) and E ϱ(·)² = (μ² + s²)Φ(r) + μsφ(r) (Φ, φ the standard normal cdf and density).
/// E, Ma and Wu (2019) call such functions the Barron space. Chapter 01.
/// </remarks>
/// <param name="d">The input dimension, e.g. 8.</param>
public sealed class BarronTarget(int d)
{
    /// <summary>The input dimension d.</summary>
    public int D { get; } = d >= 1 ? d : throw new ArgumentOutOfRangeException(nameof(d), "d ≥ 1.");

    /// <summary>f(x) = μΦ(μ/s) + sφ(μ/s), the average of all the neurons.</summary>
    /// <param name="x">A point of R^d, e.g. uniform in [−1, 1]^d.</param>
    /// <returns>f(x) &gt; 0.</returns>
    public double Value(double[] x)
    {
        var (mu, s) = Moments(x);
        var r = mu / s;
        return mu * Normal.CDF(0, 1, r) + s * Normal.PDF(0, 1, r);
    }

    /// <summary>Var_θ ϱ(⟨w, x⟩ + b): how much single neurons scatter around f(x); its mean over x is Maurey's constant V.</summary>
    /// <param name="x">A point of R^d.</param>
    /// <returns>(μ² + s²)Φ(r) + μsφ(r) − f(x)², about 0.48 on average over the cube in every d.</returns>
    public double NeuronVariance(double[] x)
    {
        var (mu, s) = Moments(x);
        var r = mu / s;
        var f = mu * Normal.CDF(0, 1, r) + s * Normal.PDF(0, 1, r);
        return (mu * mu + s * s) * Normal.CDF(0, 1, r) + mu * s * Normal.PDF(0, 1, r) - f * f;
    }

    /// <summary>The random-feature network f_N = (1/N) Σ_{i≤N} ϱ(⟨w_i, x⟩ + b_i) with θ_i drawn i.i.d. from the target's law.</summary>
    /// <param name="n">The number of neurons, e.g. 100.</param>
    /// <param name="seed">Seed, e.g. 0; the first N neurons of a seed are the same for every N (nested draws).</param>
    /// <returns>A network d → N → 1 with output weights 1/N and no output bias.</returns>
    public ReluNetwork SampleNetwork(int n, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var sampler = new NeuronSampler(D, seed);
        var w = new double[n, D];
        var b = new double[n];
        var weights = new double[D];
        for (var i = 0; i < n; i++)
        {
            b[i] = sampler.Next(weights);
            for (var j = 0; j < D; j++) w[i, j] = weights[j];
        }
        var output = new double[1, n];
        for (var i = 0; i < n; i++) output[0, i] = 1.0 / n;
        return new ReluNetwork([(w, b), (output, [0])]);
    }

    private (double Mu, double S) Moments(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != D) throw new ArgumentException($"Expected {D} coordinates, got {x.Length}.", nameof(x));
        double sum = 0, squares = 0;
        foreach (var v in x) (sum, squares) = (sum + v, squares + v * v);
        return (sum / Math.Sqrt(D), Math.Sqrt(1 + squares / D));
    }

    /// <summary>Draws θ = (w, b) one neuron at a time, in the same order everywhere (network and error sweeps).</summary>
    internal sealed class NeuronSampler(int d, int seed)
    {
        private readonly MersenneTwister _rng = new(seed);
        private readonly double _scale = 1 / Math.Sqrt(d);

        /// <summary>Fills <paramref name="w"/> with w ~ N(u, I/d) and returns b ~ N(0, 1).</summary>
        public double Next(double[] w)
        {
            for (var j = 0; j < w.Length; j++) w[j] = _scale + _scale * Normal.Sample(_rng, 0, 1);
            return Normal.Sample(_rng, 0, 1);
        }
    }
}
