namespace DeepMath.Approximation;

/// <summary>
/// Continuous piecewise-linear interpolation of f on the grid of K points per axis in [−1, 1]^d (N = K^d nodes), on
/// Kuhn's triangulation: the classical method whose error ~ h² ~ N^{−2/d} shows the curse of dimensionality.
/// </summary>
/// <remarks>
/// Berner et al., Section 4 (the curse of dimensionality): a method that resolves every direction on a grid of width h
/// needs N = (2/h + 1)^d values to reach an error of order h² on C² targets, so its error in terms of the budget N decays
/// only like N^{−2/d}. Kuhn's (Freudenthal's) triangulation splits each grid cube into d! simplices along the order of the
/// point's fractional coordinates; interpolation on it is continuous and piecewise linear, hence a ReLU network
/// (Section 1), and costs only d + 1 values of f per point, so even grids with 10^40 nodes are evaluated without storing
/// them. Chapter 01.
/// </remarks>
public static class GridInterpolant
{
    /// <summary>The number of grid nodes N = K^d (as a double: it overflows integers quickly).</summary>
    /// <param name="pointsPerAxis">K ≥ 2, e.g. 9.</param>
    /// <param name="d">The dimension, e.g. 8.</param>
    /// <returns>K^d, e.g. 9⁸ ≈ 4.3·10⁷.</returns>
    public static double Nodes(int pointsPerAxis, int d) => Math.Pow(pointsPerAxis, d);

    /// <summary>The interpolant's value at x: Σ_k λ_k f(v_k) over the d + 1 vertices of the Kuhn simplex that contains x.</summary>
    /// <param name="f">The function sampled at the nodes, e.g. <c>target.Value</c>.</param>
    /// <param name="pointsPerAxis">K ≥ 2 nodes per axis, at −1 + 2i/(K − 1); the cell width is h = 2/(K − 1).</param>
    /// <param name="x">A point of [−1, 1]^d.</param>
    /// <returns>The interpolant at x; equal to f at every node.</returns>
    public static double Evaluate(Func<double[], double> f, int pointsPerAxis, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(pointsPerAxis, 2);
        var d = x.Length;
        var cells = pointsPerAxis - 1;
        var index = new int[d];
        var fraction = new double[d];
        for (var j = 0; j < d; j++)
        {
            var t = Math.Clamp((x[j] + 1) / 2 * cells, 0, cells);
            index[j] = Math.Min((int)Math.Floor(t), cells - 1);
            fraction[j] = t - index[j];
        }
        var order = Enumerable.Range(0, d).OrderByDescending(j => fraction[j]).ToArray(); // the simplex holding x
        var vertex = index.Select(i => -1 + 2.0 * i / cells).ToArray();
        var value = (1 - fraction[order[0]]) * f((double[])vertex.Clone());
        for (var k = 0; k < d; k++)
        {
            var j = order[k];
            vertex[j] = -1 + 2.0 * (index[j] + 1) / cells; // walk to the next vertex along coordinate j
            var weight = fraction[j] - (k + 1 < d ? fraction[order[k + 1]] : 0);
            value += weight * f((double[])vertex.Clone());
        }
        return value;
    }

    /// <summary>The root-mean-square error of the interpolant on test points: (mean_t (I f(x_t) − f(x_t))²)^{1/2}.</summary>
    /// <param name="f">The function, e.g. <c>new BarronTarget(8).Value</c>.</param>
    /// <param name="pointsPerAxis">K ≥ 2, e.g. 9.</param>
    /// <param name="x">Test points, one per row, shape [T, d], in [−1, 1]^d.</param>
    /// <returns>The L²(μ) error estimated on the test points.</returns>
    public static double RmsError(Func<double[], double> f, int pointsPerAxis, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (count, d) = (x.GetLength(0), x.GetLength(1));
        var sum = 0.0;
        for (var t = 0; t < count; t++)
        {
            var point = Enumerable.Range(0, d).Select(j => x[t, j]).ToArray();
            var e = Evaluate(f, pointsPerAxis, point) - f(point);
            sum += e * e;
        }
        return Math.Sqrt(sum / count);
    }
}
