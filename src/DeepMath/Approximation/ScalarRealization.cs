using DeepMath.Architectures;

namespace DeepMath.Approximation;

/// <summary>A network with one input and one output as an allocation-free <c>Func&lt;double, double&gt;</c>, for error sweeps.</summary>
/// <remarks>
/// Evaluates Φ(x) = W_L ϱ(⋯ ϱ(W_1 x + b_1) ⋯) + b_L in the same order as <see cref="ReluNetwork.Evaluate(double)"/>, so
/// the values agree bit for bit, but into two reused buffers: sweeps over 10⁴ points and 10³ neurons would otherwise
/// allocate gigabytes. Not thread-safe: one instance per thread. Chapter 01.
/// </remarks>
internal sealed class ScalarRealization
{
    private readonly double[][,] _w;
    private readonly double[][] _b;
    private double[] _h;
    private double[] _z;

    private ScalarRealization(ReluNetwork network)
    {
        if (network.Widths[0] != 1 || network.Widths[^1] != 1) throw new ArgumentException("Need N_0 = N_L = 1.", nameof(network));
        var layers = network.Layers;
        _w = layers.Select(l => l.W).ToArray();
        _b = layers.Select(l => l.B).ToArray();
        var widest = network.Widths.Max();
        (_h, _z) = (new double[widest], new double[widest]);
    }

    /// <summary>The realization of <paramref name="network"/> as a function.</summary>
    public static Func<double, double> Of(ReluNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new ScalarRealization(network).Evaluate;
    }

    private double Evaluate(double x)
    {
        _h[0] = x;
        var width = 1;
        for (var l = 0; l < _w.Length; l++)
        {
            var (w, b) = (_w[l], _b[l]);
            for (var i = 0; i < b.Length; i++)
            {
                var s = b[i];
                for (var j = 0; j < width; j++) s += w[i, j] * _h[j];
                _z[i] = l < _w.Length - 1 ? Math.Max(s, 0) : s;
            }
            (_h, _z) = (_z, _h);
            width = b.Length;
        }
        return _h[0];
    }
}
