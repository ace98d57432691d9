using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Features;

/// <summary>How a representation relates to the labels and how far it moved: centered kernel alignment and relative movement.</summary>
/// <remarks>
/// Linear CKA (Kornblith, Norouzi, Lee and Hinton 2019; Cortes, Mohri and Rostamizadeh 2012) compares two
/// representations of the same n samples, invariant to orthogonal maps and isotropic scaling of either. With the
/// one-hot labels as the second representation it measures how well the features line up with the classes: the
/// "features view" of Berner et al., Sections 4.2 and 7. Introduced in chapter 04 (learned features).
/// </remarks>
public static class Alignment
{
    /// <summary>Linear centered kernel alignment CKA(X, Y) = ‖Y_cᵀX_c‖²_F / (‖X_cᵀX_c‖_F ‖Y_cᵀY_c‖_F), with column-centred X_c, Y_c.</summary>
    /// <param name="x">First representation, shape [n, p], e.g. hidden features [1347, 256].</param>
    /// <param name="y">Second representation, shape [n, q], e.g. one-hot labels [1347, 10].</param>
    /// <returns>A value in [0, 1]: 1 when the centred Gram matrices XXᵀ and YYᵀ are proportional, 0 when the features are orthogonal.</returns>
    public static double LinearCka(double[,] x, double[,] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.GetLength(0) != y.GetLength(0))
            throw new ArgumentException($"Both representations need the same n: {x.GetLength(0)} vs {y.GetLength(0)}.", nameof(y));
        var xc = Centered(x);
        var yc = Centered(y);
        var cross = yc.TransposeThisAndMultiply(xc).FrobeniusNorm();
        var xx = xc.TransposeThisAndMultiply(xc).FrobeniusNorm();
        var yy = yc.TransposeThisAndMultiply(yc).FrobeniusNorm();
        return cross * cross / (xx * yy);
    }

    /// <summary>One-hot encoding of labels: row i has a 1 in column labels[i].</summary>
    /// <param name="labels">Labels 0..k−1, e.g. digit classes.</param>
    /// <param name="classes">Number of classes k, e.g. 10.</param>
    /// <returns>A matrix of shape [n, k].</returns>
    public static double[,] OneHot(int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var y = new double[labels.Length, classes];
        for (var i = 0; i < labels.Length; i++) y[i, labels[i]] = 1;
        return y;
    }

    /// <summary>Relative movement ‖after − before‖_F / ‖before‖_F of a representation (or weight matrix) during training.</summary>
    /// <param name="before">The representation at initialization, shape [n, p].</param>
    /// <param name="after">The representation after training, same shape.</param>
    /// <returns>The relative change; in the NTK scaling it shrinks like N^(−1/2) with the width N (Jacot et al. 2018).</returns>
    public static double RelativeMovement(double[,] before, double[,] after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var b = Matrix<double>.Build.DenseOfArray(before);
        var a = Matrix<double>.Build.DenseOfArray(after);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount) throw new ArgumentException("Shapes differ.", nameof(after));
        return (a - b).FrobeniusNorm() / b.FrobeniusNorm();
    }

    private static Matrix<double> Centered(double[,] x)
    {
        var m = Matrix<double>.Build.DenseOfArray(x);
        var means = m.ColumnSums() / m.RowCount;
        return m - Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, (_, j) => means[j]);
    }
}
