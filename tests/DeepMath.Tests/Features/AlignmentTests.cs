using DeepMath.Features;
using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Tests.Features;

public class AlignmentTests
{
    private static double[,] Column(params double[] v) => Matrix<double>.Build.DenseOfColumnArrays(v).ToArray();

    private static double[,] Random(int n, int p, int seed) => Matrix<double>.Build.Random(n, p, seed).ToArray();

    [Fact]
    public void cka_of_two_single_features_is_their_squared_correlation_computed_by_hand()
    {
        // u_c = (-1.5, -0.5, 0.5, 1.5), v_c = (0.5, -0.5, 0.5, -0.5): (u_c·v_c)² / (‖u_c‖²‖v_c‖²) = 1 / (5 · 1) = 0.2
        Assert.Equal(0.2, Alignment.LinearCka(Column(1, 2, 3, 4), Column(1, 0, 1, 0)), 12);
    }

    [Fact]
    public void cka_equals_the_normalised_hsic_of_the_centred_gram_matrices()
    {
        var (x, y) = (Random(30, 5, 1), Random(30, 3, 2));
        var h = Matrix<double>.Build.DenseIdentity(30) - Matrix<double>.Build.Dense(30, 30, 1.0 / 30);
        var k = h * Matrix<double>.Build.DenseOfArray(x) * Matrix<double>.Build.DenseOfArray(x).Transpose() * h;
        var l = h * Matrix<double>.Build.DenseOfArray(y) * Matrix<double>.Build.DenseOfArray(y).Transpose() * h;
        var expected = (k * l).Trace() / Math.Sqrt((k * k).Trace() * (l * l).Trace());

        Assert.Equal(expected, Alignment.LinearCka(x, y), 12);
    }

    [Fact]
    public void cka_is_invariant_to_rotations_isotropic_scaling_and_translation()
    {
        var (x, y) = (Matrix<double>.Build.DenseOfArray(Random(40, 6, 3)), Random(40, 4, 4));
        var rotation = Matrix<double>.Build.Random(6, 6, 5).QR().Q;
        var moved = (3.5 * x * rotation).MapIndexed((_, j, v) => v + j - 2.0);

        Assert.Equal(Alignment.LinearCka(x.ToArray(), y), Alignment.LinearCka(moved.ToArray(), y), 12);
        Assert.Equal(1, Alignment.LinearCka(x.ToArray(), x.ToArray()), 12);
    }

    [Fact]
    public void cka_is_not_invariant_to_an_anisotropic_rescaling()
    {
        var (x, y) = (Matrix<double>.Build.DenseOfArray(Random(40, 3, 6)), Random(40, 2, 7));
        var stretched = x * Matrix<double>.Build.DenseOfDiagonalArray([10.0, 1, 0.1]);

        Assert.True(Math.Abs(Alignment.LinearCka(x.ToArray(), y) - Alignment.LinearCka(stretched.ToArray(), y)) > 1e-3);
    }

    [Fact]
    public void relative_movement_is_the_relative_frobenius_distance()
    {
        Assert.Equal(0.5, Alignment.RelativeMovement(new double[,] { { 3, 0 }, { 0, 4 } }, new double[,] { { 3, 0 }, { 0, 6.5 } }), 12);
    }

    [Fact]
    public void one_hot_puts_a_single_one_per_row()
    {
        var y = Alignment.OneHot([2, 0, 1], 3);

        Assert.Equal(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }, y);
    }
}
