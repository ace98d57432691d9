using DeepMath.Architectures;

namespace DeepMath.Approximation;

/// <summary>
/// The piecewise-linear interpolant of f at N + 1 uniform knots, written as a ReLU network with one hidden layer of
/// N neurons: the constructive proof of universal approximation in one dimension, with its rates.
/// </summary>
/// <remarks>
/// Berner et al., Section 1.2 (the approximation error; universal approximation after Cybenko 1989, Hornik 1991 and
/// Leshno et al. 1993). With knots t_j = lo + jh, h = (hi − lo)/N and slopes s_j = (f(t_{j+1}) − f(t_j))/h,
/// Φ(x) = f(t_0) + s_0 ϱ(x − t_0) + Σ_{j=1}^{N−1} (s_j − s_{j−1}) ϱ(x − t_j) on [lo, hi]. Classical interpolation
/// bounds give the rates: sup error ≤ h² max|f''|/8 for a C² target (so ~N⁻²), ≤ h·Lip(f)/2 for a Lipschitz one
/// (~N⁻¹). Chapter 01 (approximation).
/// </remarks>
public static class Interpolant
{
    /// <summary>The 1 → N → 1 ReLU network that interpolates f at the N + 1 uniform knots of [lo, hi].</summary>
    /// <param name="f">The target, e.g. x ↦ sin(2πx).</param>
    /// <param name="width">The number of neurons N ≥ 1, e.g. 64 (N cells of width h = (hi − lo)/N).</param>
    /// <param name="lo">Left end, e.g. 0.</param>
    /// <param name="hi">Right end, e.g. 1.</param>
    /// <returns>The network: W_1 = 1, b_1 = −t_j, output weights the slope changes, output bias f(lo).</returns>
    public static ReluNetwork Network(Func<double, double> f, int width, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (!(lo < hi)) throw new ArgumentException($"Need lo < hi, got [{lo}, {hi}].", nameof(lo));
        var h = (hi - lo) / width;
        var knots = Enumerable.Range(0, width + 1).Select(j => j == width ? hi : lo + j * h).ToArray();
        var values = knots.Select(f).ToArray();
        var w1 = new double[width, 1];
        var w2 = new double[1, width];
        for (var j = 0; j < width; j++)
        {
            w1[j, 0] = 1;
            var slope = (values[j + 1] - values[j]) / (knots[j + 1] - knots[j]);
            var previous = j == 0 ? 0 : (values[j] - values[j - 1]) / (knots[j] - knots[j - 1]);
            w2[0, j] = slope - previous; // the kink at t_j changes the slope by this much
        }
        var b1 = knots.Take(width).Select(t => -t).ToArray();
        return new ReluNetwork([(w1, b1), (w2, [values[0]])]);
    }

    /// <summary>The classical bound h²·max|f''|/8 on the sup error of linear interpolation on cells of width h.</summary>
    /// <param name="h">The cell width, e.g. 1/N on [0, 1].</param>
    /// <param name="secondDerivativeMax">max |f''| on the interval, e.g. 4π² for sin(2πx).</param>
    /// <returns>The bound; for sin(2πx) with h = 1/N it is π²/(2N²).</returns>
    /// <remarks>On a cell [a, a + h] the error e = f − Φ vanishes at both ends, so e(x) = f''(ξ)(x − a)(x − a − h)/2, and |(x − a)(x − a − h)| ≤ h²/4.</remarks>
    public static double C2Bound(double h, double secondDerivativeMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(h);
        ArgumentOutOfRangeException.ThrowIfNegative(secondDerivativeMax);
        return h * h * secondDerivativeMax / 8;
    }
}
