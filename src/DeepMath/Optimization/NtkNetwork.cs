using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Optimization;

/// <summary>
/// A two-layer ReLU network in the NTK parametrization, f(x) = N^(-1/2) Σ_{r ≤ N} a_r max(0, w_rᵀx), with
/// w_r ~ N(0, I) trained by full-batch gradient descent on ½ Σ_i (f(x_i) - y_i)² and a_r = ±1 fixed.
/// </summary>
/// <remarks>
/// The setting of Du, Zhai, Poczos and Singh (2019); the 1/√N scaling makes each neuron's share of the output
/// vanish as N grows, so fitting the data needs a relative weight movement of order N^(-1/2) only: lazy training
/// (Chizat, Oyallon and Bach 2019; Jacot et al. 2018). Paper, Section 5. Introduced in chapter 03 (optimization).
/// </remarks>
public sealed class NtkNetwork
{
    private readonly double[] _w;  // [N, d] row-major
    private readonly double[] _w0; // W(0)
    private readonly double[] _a;  // [N]

    private NtkNetwork(double[] w, double[] a, int d)
    {
        (_w, _w0, _a, D) = (w, (double[])w.Clone(), a, d);
    }

    /// <summary>The input dimension d.</summary>
    public int D { get; }

    /// <summary>The width N.</summary>
    public int Width => _a.Length;

    /// <summary>The fixed output signs a_r = ±1.</summary>
    public IReadOnlyList<double> A => _a;

    /// <summary>The current first-layer weights, one row per neuron: [N, d] (a copy).</summary>
    public Matrix<double> W => Matrix<double>.Build.Dense(Width, D, (r, k) => _w[r * D + k]);

    /// <summary>The first-layer weights at initialisation, W(0): [N, d] (a copy).</summary>
    public Matrix<double> InitialWeights => Matrix<double>.Build.Dense(Width, D, (r, k) => _w0[r * D + k]);

    /// <summary>A network of width N with w_r ~ N(0, I_d) and a_r uniform on {-1, +1}; optionally in mirrored pairs.</summary>
    /// <param name="width">The width N, e.g. 1000 (even when <paramref name="mirrored"/>).</param>
    /// <param name="d">Input dimension, e.g. 5.</param>
    /// <param name="seed">Seed of the initialisation, e.g. 0.</param>
    /// <param name="mirrored">
    /// True to draw N/2 neurons (w_r, a_r) and add their mirrors (w_r, -a_r), so that f = 0 at initialisation
    /// (the "doubling trick" of Chizat, Oyallon and Bach 2019); the NTK at initialisation is unchanged in law.
    /// </param>
    /// <returns>The network at initialisation.</returns>
    public static NtkNetwork Create(int width, int d, int seed, bool mirrored = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        if (mirrored && width % 2 != 0) throw new ArgumentException("A mirrored network needs an even width.", nameof(width));
        var rng = new MersenneTwister(seed);
        var normal = new Normal(0, 1, rng);
        var drawn = mirrored ? width / 2 : width;
        var w = new double[width * d];
        var a = new double[width];
        for (var r = 0; r < drawn; r++)
        {
            for (var k = 0; k < d; k++) w[r * d + k] = normal.Sample();
            a[r] = rng.NextDouble() < 0.5 ? -1.0 : 1.0;
            if (!mirrored) continue;
            Array.Copy(w, r * d, w, (r + drawn) * d, d);
            a[r + drawn] = -a[r];
        }
        return new NtkNetwork(w, a, d);
    }

    /// <summary>The outputs u_i = f(x_i) = N^(-1/2) Σ_r a_r max(0, w_rᵀx_i).</summary>
    /// <param name="x">Inputs, one row per sample: [n, d].</param>
    /// <returns>u, length n.</returns>
    public double[] Predict(Matrix<double> x) => Forward(Inputs(x), out _);

    /// <summary>The loss ½ Σ_i (f(x_i) - y_i)².</summary>
    /// <param name="x">Inputs [n, d].</param>
    /// <param name="y">Targets, length n.</param>
    /// <returns>The loss.</returns>
    public double Loss(Matrix<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        return 0.5 * Predict(x).Select((u, i) => (u - y[i]) * (u - y[i])).Sum();
    }

    /// <summary>One gradient step on W: w_r ← w_r - η N^(-1/2) a_r Σ_i (u_i - y_i) 1{w_rᵀx_i &gt; 0} x_i.</summary>
    /// <param name="x">Inputs [n, d].</param>
    /// <param name="y">Targets, length n.</param>
    /// <param name="lr">Step size η, e.g. 1/λ_max(H∞).</param>
    /// <returns>The loss before the step.</returns>
    public double Step(Matrix<double> x, IReadOnlyList<double> y, double lr)
    {
        ArgumentNullException.ThrowIfNull(y);
        var inputs = Inputs(x);
        var residual = Forward(inputs, out var z);           // u, then u - y; z: [N, n] pre-activations
        var n = residual.Length;
        for (var i = 0; i < n; i++) residual[i] -= y[i];
        var scale = lr / Math.Sqrt(Width);
        for (var r = 0; r < Width; r++)
        {
            var weights = _w.AsSpan(r * D, D);
            for (var i = 0; i < n; i++)
            {
                if (z[r * n + i] <= 0) continue;
                var coefficient = scale * _a[r] * residual[i];
                var input = inputs.AsSpan(i * D, D);
                for (var k = 0; k < D; k++) weights[k] -= coefficient * input[k];
            }
        }
        return 0.5 * residual.Sum(e => e * e);
    }

    /// <summary>The relative movement ‖W - W(0)‖_F / ‖W(0)‖_F since initialisation.</summary>
    /// <returns>The relative Frobenius distance, ~N^(-1/2) after fitting in the lazy regime.</returns>
    public double RelativeMovement()
    {
        var (moved, initial) = (0.0, 0.0);
        for (var k = 0; k < _w.Length; k++)
        {
            moved += (_w[k] - _w0[k]) * (_w[k] - _w0[k]);
            initial += _w0[k] * _w0[k];
        }
        return Math.Sqrt(moved / initial);
    }

    private double[] Inputs(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != D) throw new ArgumentException($"Inputs need {D} columns.", nameof(x));
        return x.ToRowMajorArray(); // [n, d]
    }

    private double[] Forward(double[] inputs, out double[] z)
    {
        var n = inputs.Length / D;
        z = new double[Width * n]; // [N, n]
        var u = new double[n];
        for (var r = 0; r < Width; r++)
        {
            var weights = _w.AsSpan(r * D, D);
            for (var i = 0; i < n; i++)
            {
                var input = inputs.AsSpan(i * D, D);
                var value = 0.0;
                for (var k = 0; k < D; k++) value += weights[k] * input[k];
                z[r * n + i] = value;
                if (value > 0) u[i] += _a[r] * value;
            }
        }
        var scale = 1 / Math.Sqrt(Width);
        for (var i = 0; i < n; i++) u[i] *= scale;
        return u;
    }
}
