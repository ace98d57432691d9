namespace DeepMath.Approximation;

/// <summary>Maurey's random sampling measured: the squared L² error of n-neuron averages against the Barron target.</summary>
/// <remarks>
/// Berner et al., Section 4 (random sampling; Barron 1993, Maurey in Pisier 1981): for f = E_θ g_θ and f_N the mean of N
/// i.i.d. draws g_{θ_i}, E‖f_N − f‖²_{L²(μ)} = E_x Var_θ g_θ(x) / N = V/N, so some N-neuron network errs by at most
/// √(V/N), in any dimension. The errors here are means over a fixed set of test points x ~ μ, so the prediction for them is
/// exactly <see cref="Constant"/> / n. Chapter 01.
/// </remarks>
public static class Maurey
{
    /// <summary>Maurey's constant V = mean over the test points of Var_θ g_θ(x).</summary>
    /// <param name="target">The target, e.g. <c>new BarronTarget(8)</c>.</param>
    /// <param name="x">Test points, one per row, shape [T, d], e.g. 500 points uniform in [−1, 1]^d.</param>
    /// <returns>V, the predicted N·E‖f_N − f‖² on these points; about 0.48 for the Barron target in every d.</returns>
    public static double Constant(BarronTarget target, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Rows(target, x).Average(target.NeuronVariance);
    }

    /// <summary>‖f_N − f‖² (mean over the test points) for each width N and each repetition, with nested draws.</summary>
    /// <param name="target">The target, e.g. <c>new BarronTarget(32)</c>.</param>
    /// <param name="widths">Increasing numbers of neurons N, e.g. 10, 20, 50, …, 1000.</param>
    /// <param name="x">Test points, shape [T, d].</param>
    /// <param name="repetitions">Independent repetitions, e.g. 30; repetition r uses seed + r.</param>
    /// <param name="seed">Base seed, e.g. 0.</param>
    /// <returns>errors[r][k] = mean_x (f_N(x) − f(x))² for N = widths[k]; the networks of repetition r are
    /// <c>target.SampleNetwork(N, seed + r)</c>, so each N uses the first N neurons of the same draw.</returns>
    public static double[][] SquaredErrors(BarronTarget target, IReadOnlyList<int> widths, double[,] x, int repetitions, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        if (widths.Count == 0 || widths[0] < 1 || widths.Zip(widths.Skip(1)).Any(p => p.Second <= p.First))
            throw new ArgumentException("Need increasing positive widths.", nameof(widths));
        var points = Rows(target, x);
        var f = points.Select(target.Value).ToArray();
        var flat = points.SelectMany(p => p).ToArray(); // [T·d], row-major, for a tight inner loop
        return Enumerable.Range(0, repetitions).AsParallel().AsOrdered()
            .Select(r => OneRepetition(target.D, widths, flat, f, seed + r)).ToArray();
    }

    private static double[] OneRepetition(int d, IReadOnlyList<int> widths, double[] flat, double[] f, int seed)
    {
        var sampler = new BarronTarget.NeuronSampler(d, seed);
        var sums = new double[f.Length]; // Σ_{i ≤ n} g_{θ_i}(x_t)
        var w = new double[d];
        var errors = new double[widths.Count];
        var drawn = 0;
        for (var k = 0; k < widths.Count; k++)
        {
            for (; drawn < widths[k]; drawn++)
            {
                var b = sampler.Next(w);
                for (var t = 0; t < f.Length; t++)
                {
                    var z = b;
                    for (int j = 0, o = t * d; j < d; j++) z += w[j] * flat[o + j];
                    if (z > 0) sums[t] += z;
                }
            }
            var sum = 0.0;
            for (var t = 0; t < f.Length; t++)
            {
                var e = sums[t] / widths[k] - f[t];
                sum += e * e;
            }
            errors[k] = sum / f.Length;
        }
        return errors;
    }

    private static double[][] Rows(BarronTarget target, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(1) != target.D) throw new ArgumentException($"Expected {target.D} columns, got {x.GetLength(1)}.", nameof(x));
        return Enumerable.Range(0, x.GetLength(0)).Select(t => Enumerable.Range(0, target.D).Select(j => x[t, j]).ToArray()).ToArray();
    }
}
