namespace DeepMath.Generalization;

/// <summary>
/// The arc-cosine kernels of Cho and Saul (2009) of orders 0 and 1: the expectations over a Gaussian neuron
/// w ~ N(0, I) that make up the infinite-width kernels of a ReLU layer.
/// </summary>
/// <remarks>
/// With θ the angle between x and x': k_0(x, x') = 2 E[1{⟨w, x⟩ &gt; 0} 1{⟨w, x'⟩ &gt; 0}] = 1 - θ/π and
/// k_1(x, x') = 2 E[ϱ(⟨w, x⟩) ϱ(⟨w, x'⟩)] = (‖x‖‖x'‖/π)(sin θ + (π - θ) cos θ), ϱ the ReLU. The first is the kernel of
/// the step function (the ReLU's derivative), the second that of the ReLU itself. Paper, Section 2 (the kernel regime).
/// Introduced in chapter 02 (generalization).
/// </remarks>
public static class ArcCosineKernel
{
    /// <summary>The order-0 kernel k_0(x, x') = 1 - θ/π.</summary>
    /// <param name="x">A non-zero vector, e.g. (1, 0).</param>
    /// <param name="y">A non-zero vector of the same dimension, e.g. (0, 1) (θ = π/2 gives ½).</param>
    /// <returns>A value in [0, 1]; 1 for parallel, 0 for opposite vectors (and when either is zero: ⟨w, 0⟩ &gt; 0 never holds).</returns>
    public static double Order0(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (normX, normY, theta) = Geometry(x, y);
        return normX == 0 || normY == 0 ? 0 : 1 - theta / Math.PI;
    }

    /// <summary>The order-1 kernel k_1(x, x') = (‖x‖‖x'‖/π)(sin θ + (π - θ) cos θ).</summary>
    /// <param name="x">A vector, e.g. (1, 0).</param>
    /// <param name="y">A vector of the same dimension, e.g. (0, 1) (θ = π/2 gives 1/π).</param>
    /// <returns>A value in [0, ‖x‖‖x'‖]; ‖x‖² for x = x', 0 for opposite vectors.</returns>
    public static double Order1(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (normX, normY, theta) = Geometry(x, y);
        return normX * normY / Math.PI * (Math.Sin(theta) + (Math.PI - theta) * Math.Cos(theta));
    }

    /// <summary>The norms of x and y and the angle θ ∈ [0, π] between them (θ = π/2 when either is zero).</summary>
    internal static (double NormX, double NormY, double Theta) Geometry(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"Dimensions differ: {x.Count} and {y.Count}.", nameof(y));
        double inner = 0, xx = 0, yy = 0;
        for (var k = 0; k < x.Count; k++)
        {
            inner += x[k] * y[k];
            xx += x[k] * x[k];
            yy += y[k] * y[k];
        }
        var (normX, normY) = (Math.Sqrt(xx), Math.Sqrt(yy));
        if (normX == 0 || normY == 0) return (normX, normY, Math.PI / 2);
        return (normX, normY, Math.Acos(Math.Clamp(inner / (normX * normY), -1, 1)));
    }
}
