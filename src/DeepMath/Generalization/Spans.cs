using System.Numerics;
using System.Runtime.CompilerServices;

namespace DeepMath.Generalization;

/// <summary>Vectorized inner products and updates on spans, for the inner loops of least squares and feature maps.</summary>
internal static class Spans
{
    /// <summary>Σ_i a_i b_i, summed in SIMD lanes and then across them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var lanes = Vector<double>.Count;
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= a.Length - lanes; i += lanes) sum += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>y ← y + c·x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static void AddScaled(Span<double> y, double c, ReadOnlySpan<double> x)
    {
        var lanes = Vector<double>.Count;
        var scale = new Vector<double>(c);
        var i = 0;
        for (; i <= y.Length - lanes; i += lanes) (new Vector<double>(y[i..]) + scale * new Vector<double>(x[i..])).CopyTo(y[i..]);
        for (; i < y.Length; i++) y[i] += c * x[i];
    }
}
