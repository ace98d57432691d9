namespace DeepMath.Features;

/// <summary>Builds Morlet filter banks in the Fourier domain (the construction behind <see cref="FilterBank.Morlet1D"/>).</summary>
internal static class MorletBank
{
    /// <summary>Centre frequency of the finest wavelet, in radians per sample.</summary>
    public const double Xi0 = 3 * Math.PI / 4;

    public static FilterBank Build(GridShape shape, int octaves, int perOctave, int orientations, bool globalAveraging)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shape.Columns, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(octaves, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perOctave, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(orientations, 1);
        var psi = new List<double[]>();
        var centers = new List<double>();
        var scales = new List<int>();
        var angles = new List<int>();
        // Bandwidth: neighbouring wavelets (ratio 2^(1/Q)) overlap at about one standard deviation.
        var relativeWidth = perOctave == 1 ? 0.4 : 1 - Math.Pow(2, -1.0 / perOctave);
        for (var j = 0; j < octaves * perOctave; j++)
        {
            var xi = Xi0 * Math.Pow(2, -(double)j / perOctave);
            var sigma = relativeWidth * xi;
            for (var l = 0; l < orientations; l++)
            {
                var theta = Math.PI * l / orientations;
                psi.Add(Morlet(shape, xi * Math.Cos(theta), xi * Math.Sin(theta), sigma));
                centers.Add(xi);
                scales.Add(j);
                angles.Add(l);
            }
        }
        var phi = globalAveraging ? Dirac(shape) : Gaussian(shape, 0, 0, 0.4 * Xi0 * Math.Pow(2, -octaves), normalize: true);
        Normalize(shape, phi, psi);
        return new FilterBank(shape, phi, psi, centers, scales, angles, globalAveraging);
    }

    /// <summary>ψ̂(ω) = g_σ(ω − ξ) − κ·g_σ(ω) with κ chosen so that ψ̂(0) = 0 (periodised Gaussians g).</summary>
    private static double[] Morlet(GridShape shape, double xiRow, double xiColumn, double sigma)
    {
        // The first grid axis of a 1-d signal is trivial, so its centre is the whole ξ; in 2-d ξ = (ξ_row, ξ_col).
        var (a, b) = shape.Rows == 1 ? (0.0, Math.Sqrt(xiRow * xiRow + xiColumn * xiColumn)) : (xiRow, xiColumn);
        var band = Gaussian(shape, a, b, sigma, normalize: false);
        var low = Gaussian(shape, 0, 0, sigma, normalize: false);
        var kappa = band[0] / low[0];
        for (var i = 0; i < band.Length; i++) band[i] -= kappa * low[i];
        return band;
    }

    private static double[] Gaussian(GridShape shape, double centerRow, double centerColumn, double sigma, bool normalize)
    {
        var g = new double[shape.Size];
        for (var r = 0; r < shape.Rows; r++)
        for (var c = 0; c < shape.Columns; c++)
        {
            var wr = GridFourier.Frequency(r, shape.Rows);
            var wc = GridFourier.Frequency(c, shape.Columns);
            double s = 0;
            var rowShifts = shape.Rows == 1 ? 0 : 2;
            for (var m = -rowShifts; m <= rowShifts; m++) // periodise: the spectrum of a grid signal is 2π-periodic
            for (var k = -2; k <= 2; k++)
            {
                var dr = wr + 2 * Math.PI * m - centerRow;
                var dc = wc + 2 * Math.PI * k - centerColumn;
                s += Math.Exp(-(dr * dr + dc * dc) / (2 * sigma * sigma));
            }
            g[r * shape.Columns + c] = s;
        }
        if (normalize)
        {
            var at0 = g[0];
            for (var i = 0; i < g.Length; i++) g[i] /= at0;
        }
        return g;
    }

    private static double[] Dirac(GridShape shape)
    {
        var d = new double[shape.Size];
        d[0] = 1;
        return d;
    }

    /// <summary>Scales all wavelets by one constant c, the largest with |φ̂|² + c²·P(ω) ≤ 1 at every bin.</summary>
    private static void Normalize(GridShape shape, double[] phi, List<double[]> psi)
    {
        var c2 = double.PositiveInfinity;
        for (var i = 0; i < shape.Size; i++)
        {
            var mirror = GridFourier.Mirror(i, shape);
            var p = psi.Sum(f => 0.5 * (f[i] * f[i] + f[mirror] * f[mirror]));
            if (p > 1e-300) c2 = Math.Min(c2, (1 - phi[i] * phi[i]) / p);
        }
        var scale = Math.Sqrt(c2) * (1 - 1e-14); // a hair below the bound, so rounding cannot push A above 1
        foreach (var f in psi)
            for (var i = 0; i < f.Length; i++) f[i] *= scale;
    }
}
