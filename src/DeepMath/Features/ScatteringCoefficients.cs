namespace DeepMath.Features;

/// <summary>The output of <see cref="Scattering.Transform"/>: one averaged signal per scattering path.</summary>
/// <remarks>
/// A path is a sequence of wavelet indices (λ₁, …, λ_m), empty for order 0 (Mallat 2012; Berner et al., Section 7).
/// Norms and distances are ℓ² over all paths and grid points, the norm in which the scattering transform is a
/// contraction. Introduced in chapter 04 (learned features).
/// </remarks>
public sealed class ScatteringCoefficients
{
    internal ScatteringCoefficients(GridShape shape, bool globalAveraging, IReadOnlyList<int[]> paths,
        IReadOnlyList<double[]> outputs)
    {
        Shape = shape;
        GlobalAveraging = globalAveraging;
        Paths = paths;
        Outputs = outputs;
    }

    /// <summary>The grid each output lives on, the same as the signal's.</summary>
    public GridShape Shape { get; }

    /// <summary>True when the bank averaged globally: every output is constant, the mean of U[p]x.</summary>
    public bool GlobalAveraging { get; }

    /// <summary>The paths (wavelet indices), e.g. [], [0], [1], …, [0, 1], ….</summary>
    public IReadOnlyList<int[]> Paths { get; }

    /// <summary>The averaged output U[p]x ⊛ φ of each path, at full resolution.</summary>
    public IReadOnlyList<double[]> Outputs { get; }

    /// <summary>Number of paths.</summary>
    public int Count => Paths.Count;

    /// <summary>The ℓ² norm ‖Sx‖ over all paths and grid points.</summary>
    /// <returns>‖Sx‖ = (Σ_p Σ_u |S[p]x(u)|²)^½.</returns>
    public double Norm() => Math.Sqrt(Outputs.Sum(o => o.Sum(v => v * v)));

    /// <summary>The ℓ² distance ‖Sx − Sy‖ to another signal's coefficients (same bank and order).</summary>
    /// <param name="other">Coefficients of y computed with the same bank and order.</param>
    /// <returns>The distance, ≤ ‖x − y‖ for a bank with Littlewood–Paley sum ≤ 1.</returns>
    public double Distance(ScatteringCoefficients other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count != Count) throw new ArgumentException("Different paths: use the same bank and order.", nameof(other));
        double s = 0;
        for (var p = 0; p < Count; p++)
        for (var u = 0; u < Outputs[p].Length; u++)
        {
            var d = Outputs[p][u] - other.Outputs[p][u];
            s += d * d;
        }
        return Math.Sqrt(s);
    }

    /// <summary>The energy per order, Σ over paths of order m of ‖S[p]x‖².</summary>
    /// <returns>An array indexed by order 0, 1, 2 (as far as computed).</returns>
    public double[] EnergyByOrder()
    {
        var energy = new double[Paths.Max(p => p.Length) + 1];
        for (var p = 0; p < Count; p++) energy[Paths[p].Length] += Outputs[p].Sum(v => v * v);
        return energy;
    }

    /// <summary>All coefficients as one feature vector, sampling each output every <paramref name="step"/> points per axis.</summary>
    /// <param name="step">Sampling step, e.g. 4 for averaging at scale 2^2; 1 keeps everything. Ignored for global averaging
    /// (whose outputs are constant), which gives one number per path: the average of U[p]x.</param>
    /// <returns>The features, path by path.</returns>
    public double[] ToFeatures(int step = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        var features = new List<double>();
        foreach (var o in Outputs)
        {
            if (GlobalAveraging) { features.Add(o[0]); continue; }
            for (var r = 0; r < Shape.Rows; r += step)
            for (var c = 0; c < Shape.Columns; c += step) features.Add(o[r * Shape.Columns + c]);
        }
        return features.ToArray();
    }
}
