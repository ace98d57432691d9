using System.Numerics;

namespace DeepMath.Features;

/// <summary>
/// The scattering transform: cascades of wavelet filtering and modulus, each layer averaged by the low-pass φ,
/// S x = (x ⊛ φ, |x ⊛ ψ_λ₁| ⊛ φ, ||x ⊛ ψ_λ₁| ⊛ ψ_λ₂| ⊛ φ, …).
/// </summary>
/// <remarks>
/// Mallat (2012), "Group invariant scattering"; Bruna and Mallat (2013) for images; Berner et al., Section 7
/// (invariances and the scattering transform). With a bank whose Littlewood–Paley sum is ≤ 1 the map is a contraction,
/// ‖Sx − Sy‖ ≤ ‖x − y‖; with global averaging it is exactly invariant to circular shifts; with averaging at scale 2^J
/// it is stable to small deformations. Second-order paths keep only λ₂ of lower frequency than λ₁, where the energy
/// of |x ⊛ ψ_λ₁| lives. Outputs are kept at full resolution, so the norms above are plain ℓ² norms over the grid.
/// Introduced in chapter 04 (learned features).
/// </remarks>
public static class Scattering
{
    /// <summary>Computes the scattering coefficients of a real signal up to the given order.</summary>
    /// <param name="bank">The filter bank, e.g. <c>FilterBank.Morlet1D(256, 5)</c>; its grid must match the signal.</param>
    /// <param name="x">The signal, row-major on the bank's grid: length 256 in 1-d, 64 for an 8 × 8 digit.</param>
    /// <param name="order">Largest order m, 0, 1 or 2; typically 2.</param>
    /// <returns>One averaged signal per path: the empty path (order 0), then (λ₁), then (λ₁, λ₂).</returns>
    public static ScatteringCoefficients Transform(FilterBank bank, double[] x, int order = 2)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != bank.Shape.Size)
            throw new ArgumentException($"The bank's grid has {bank.Shape.Size} points, the signal {x.Length}.", nameof(x));
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, 2);

        var paths = new List<int[]>();
        var outputs = new List<double[]>();
        var xHat = GridFourier.Forward(x, bank.Shape);
        paths.Add([]);
        outputs.Add(Average(bank, xHat));
        if (order == 0) return new ScatteringCoefficients(bank.Shape, bank.GlobalAveraging, paths, outputs);

        for (var l1 = 0; l1 < bank.Count; l1++)
        {
            var u1 = Modulus(GridFourier.Convolve(xHat, bank.Psi[l1], bank.Shape)); // U[λ₁]x = |x ⊛ ψ_λ₁|
            var u1Hat = GridFourier.Forward(u1, bank.Shape);
            paths.Add([l1]);
            outputs.Add(Average(bank, u1Hat));
            if (order < 2) continue;
            for (var l2 = 0; l2 < bank.Count; l2++)
            {
                if (bank.CenterFrequencies[l2] >= bank.CenterFrequencies[l1]) continue;
                var u2 = Modulus(GridFourier.Convolve(u1Hat, bank.Psi[l2], bank.Shape));
                paths.Add([l1, l2]);
                outputs.Add(Average(bank, GridFourier.Forward(u2, bank.Shape)));
            }
        }
        return new ScatteringCoefficients(bank.Shape, bank.GlobalAveraging, paths, outputs);
    }

    /// <summary>Scattering features of many signals (rows of <paramref name="x"/>), sampled on a coarse grid.</summary>
    /// <param name="bank">The filter bank; with global averaging every path gives one number.</param>
    /// <param name="x">Signals, shape [n, grid points], e.g. the digits as [1797, 64].</param>
    /// <param name="order">Largest order, typically 2.</param>
    /// <param name="step">Sampling step of each averaged output along each axis, e.g. 4 (ignored with global averaging).</param>
    /// <returns>Features, shape [n, paths × samples per path].</returns>
    public static double[,] Features(FilterBank bank, double[,] x, int order = 2, int step = 1)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(x);
        var n = x.GetLength(0);
        var rows = new double[n][];
        // Signals are independent, so they are spread over the cores; each row's arithmetic is the same either way.
        Parallel.For(0, n, i => rows[i] = Transform(bank, Data.Rows.Row(x, i), order).ToFeatures(step));
        var result = new double[n, rows.Length == 0 ? 0 : rows[0].Length];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < rows[i].Length; j++) result[i, j] = rows[i][j];
        return result;
    }

    private static double[] Average(FilterBank bank, Complex[] signalHat)
    {
        var averaged = GridFourier.Convolve(signalHat, bank.Phi, bank.Shape);
        return averaged.Select(c => c.Real).ToArray(); // φ̂ is real and even, so the imaginary part is rounding only
    }

    private static double[] Modulus(Complex[] c) => c.Select(v => v.Magnitude).ToArray();
}
