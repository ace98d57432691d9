using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Features;

/// <summary>A linear classifier on fixed features, fitted in closed form by ridge regression onto one-hot labels.</summary>
/// <remarks>
/// Features are standardised with the training means and deviations, a bias column is added, and the weights solve
/// (ZᵀZ + αI) W = ZᵀY. Used as a "probe" of what a layer represents (Alain and Bengio 2016) and as the linear
/// classifier on scattering coefficients (Bruna and Mallat 2013); Berner et al., Section 7. Chapter 04.
/// </remarks>
public sealed class LinearProbe
{
    private readonly Vector<double> _mean;
    private readonly Vector<double> _scale;
    private readonly Matrix<double> _weights; // [p + 1, k]

    private LinearProbe(Vector<double> mean, Vector<double> scale, Matrix<double> weights)
    {
        _mean = mean;
        _scale = scale;
        _weights = weights;
    }

    /// <summary>Fits the probe on training features and labels.</summary>
    /// <param name="features">Training features, shape [n, p], e.g. a hidden layer's activations.</param>
    /// <param name="labels">Labels 0..k−1, length n.</param>
    /// <param name="classes">Number of classes k, e.g. 10.</param>
    /// <param name="ridge">Ridge penalty α on the standardised features, e.g. 1.0 (n ≈ 1000).</param>
    /// <returns>The fitted probe.</returns>
    public static LinearProbe Fit(double[,] features, int[] labels, int classes, double ridge = 1.0)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegative(ridge);
        var x = Matrix<double>.Build.DenseOfArray(features);
        var n = x.RowCount;
        var mean = x.ColumnSums() / n;
        var scale = Vector<double>.Build.Dense(x.ColumnCount, j =>
        {
            var sd = Math.Sqrt(x.Column(j).Subtract(mean[j]).PointwisePower(2).Sum() / n);
            return sd > 1e-12 ? sd : 1.0; // a constant feature (e.g. a dead unit or a border pixel) stays 0
        });
        var z = Design(x, mean, scale);
        var y = Matrix<double>.Build.DenseOfArray(Alignment.OneHot(labels, classes));
        var penalty = Matrix<double>.Build.DenseDiagonal(z.ColumnCount, z.ColumnCount, ridge);
        penalty[z.ColumnCount - 1, z.ColumnCount - 1] = 0; // the bias is not penalised
        var weights = (z.TransposeThisAndMultiply(z) + penalty).Cholesky().Solve(z.TransposeThisAndMultiply(y));
        return new LinearProbe(mean, scale, weights);
    }

    /// <summary>Predicted classes: the argmax of the fitted scores.</summary>
    /// <param name="features">Features, shape [n, p] with the training p.</param>
    /// <returns>One label per row.</returns>
    public int[] Predict(double[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var scores = Design(Matrix<double>.Build.DenseOfArray(features), _mean, _scale) * _weights;
        return Enumerable.Range(0, scores.RowCount).Select(i => scores.Row(i).MaximumIndex()).ToArray();
    }

    /// <summary>The fraction of rows whose predicted class equals the label.</summary>
    /// <param name="features">Features, shape [n, p].</param>
    /// <param name="labels">True labels, length n.</param>
    /// <returns>Accuracy in [0, 1].</returns>
    public double Accuracy(double[,] features, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var predicted = Predict(features);
        return predicted.Zip(labels).Count(p => p.First == p.Second) / (double)labels.Length;
    }

    private static Matrix<double> Design(Matrix<double> x, Vector<double> mean, Vector<double> scale)
    {
        if (x.ColumnCount != mean.Count) throw new ArgumentException($"Expected {mean.Count} features, got {x.ColumnCount}.");
        return Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount + 1,
            (i, j) => j == x.ColumnCount ? 1.0 : (x[i, j] - mean[j]) / scale[j]);
    }
}
