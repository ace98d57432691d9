namespace DeepMath.Features;

/// <summary>
/// A wavelet filter bank on a periodic grid, held in the Fourier domain: one low-pass φ̂ and band-pass wavelets ψ̂_λ,
/// scaled so that the Littlewood–Paley sum stays ≤ 1 (which makes the scattering transform a contraction).
/// </summary>
/// <remarks>
/// Build one with <see cref="Morlet1D"/> or <see cref="Morlet2D"/>. The filters are real in the Fourier domain;
/// wavelets are centred at positive (half-plane) frequencies, so for a real signal x, |x ⊛ ψ_λ| equals the modulus
/// with the mirrored wavelet, and the bound that matters is the symmetrised Littlewood–Paley sum
/// A(ω) = |φ̂(ω)|² + ½ Σ_λ (|ψ̂_λ(ω)|² + |ψ̂_λ(−ω)|²) ≤ 1 (Mallat 2012, Section 2; Berner et al., Section 7).
/// Introduced in chapter 04 (learned features).
/// </remarks>
public sealed class FilterBank
{
    internal FilterBank(GridShape shape, double[] phi, IReadOnlyList<double[]> psi, IReadOnlyList<double> centers,
        IReadOnlyList<int> scales, IReadOnlyList<int> orientations, bool globalAveraging)
    {
        Shape = shape;
        Phi = phi;
        Psi = psi;
        CenterFrequencies = centers;
        Scales = scales;
        Orientations = orientations;
        GlobalAveraging = globalAveraging;
    }

    /// <summary>The grid the filters live on, e.g. 1 × 256 or 8 × 8.</summary>
    public GridShape Shape { get; }

    /// <summary>The low-pass φ̂ on the frequency grid (row-major), with φ̂(0) = 1 so that averaging keeps the mean.</summary>
    public double[] Phi { get; }

    /// <summary>The wavelets ψ̂_λ on the frequency grid, each with ψ̂_λ(0) = 0 (zero mean).</summary>
    public IReadOnlyList<double[]> Psi { get; }

    /// <summary>|ξ_λ|, the centre frequency of each wavelet in radians per sample, largest first.</summary>
    public IReadOnlyList<double> CenterFrequencies { get; }

    /// <summary>The scale index j of each wavelet (0 = finest); wavelet j has centre frequency ξ₀·2^(−j/Q).</summary>
    public IReadOnlyList<int> Scales { get; }

    /// <summary>The orientation index ℓ of each wavelet (angle πℓ/L); always 0 in 1-d.</summary>
    public IReadOnlyList<int> Orientations { get; }

    /// <summary>True when φ averages over the whole grid (φ̂ = 1 at ω = 0 and 0 elsewhere): exact translation invariance.</summary>
    public bool GlobalAveraging { get; }

    /// <summary>Number of wavelets.</summary>
    public int Count => Psi.Count;

    /// <summary>The symmetrised Littlewood–Paley sum A(ω) = |φ̂|² + ½ Σ_λ (|ψ̂_λ(ω)|² + |ψ̂_λ(−ω)|²) at every frequency bin.</summary>
    /// <returns>One value per bin (row-major), each ≤ 1 up to rounding; values near 1 mean almost no energy is lost.</returns>
    /// <remarks>Mallat (2012), Proposition 2.1: A ≤ 1 makes one layer of filtering and modulus non-expansive.</remarks>
    public double[] LittlewoodPaley()
    {
        var n = Shape.Size;
        var sum = new double[n];
        for (var i = 0; i < n; i++)
        {
            var mirror = GridFourier.Mirror(i, Shape);
            var s = Phi[i] * Phi[i];
            foreach (var psi in Psi) s += 0.5 * (psi[i] * psi[i] + psi[mirror] * psi[mirror]);
            sum[i] = s;
        }
        return sum;
    }

    /// <summary>A Morlet filter bank for 1-d signals of length n: J octaves with Q wavelets per octave.</summary>
    /// <param name="n">Signal length, e.g. 256.</param>
    /// <param name="octaves">Number of octaves J; the low-pass averages over about 2^J samples; e.g. 5.</param>
    /// <param name="perOctave">Wavelets per octave Q, e.g. 1 (coarse) to 8 (fine frequency resolution).</param>
    /// <param name="globalAveraging">True to average over the whole signal instead of a window of width about 2^J.</param>
    /// <returns>A bank of J·Q wavelets with centre frequencies ξ_j = (3π/4)·2^(−j/Q), normalised so that max A(ω) = 1.</returns>
    /// <remarks>Morlet: a Gaussian at ξ minus a multiple of a Gaussian at 0 so that ψ̂(0) = 0 (Mallat 2012; Andén and Mallat 2014).</remarks>
    public static FilterBank Morlet1D(int n, int octaves, int perOctave = 1, bool globalAveraging = false) =>
        MorletBank.Build(new GridShape(1, n), octaves, perOctave, 1, globalAveraging);

    /// <summary>A Morlet filter bank for images of size × size pixels: J scales and L orientations in [0, π).</summary>
    /// <param name="size">Side of the periodic image grid, e.g. 8 for the digits.</param>
    /// <param name="scales">Number of dyadic scales J, e.g. 2 on an 8 × 8 grid.</param>
    /// <param name="orientations">Number of orientations L (angles πℓ/L), e.g. 4 or 8.</param>
    /// <param name="globalAveraging">True to average over the whole image (exact invariance to circular shifts).</param>
    /// <returns>A bank of J·L wavelets with centre frequencies (3π/4)·2^(−j), normalised so that max A(ω) = 1.</returns>
    /// <remarks>Two-dimensional Morlet wavelets as in Bruna and Mallat (2013), isotropic envelopes; Berner et al., Section 7.</remarks>
    public static FilterBank Morlet2D(int size, int scales, int orientations, bool globalAveraging = false) =>
        MorletBank.Build(new GridShape(size, size), scales, 1, orientations, globalAveraging);
}
