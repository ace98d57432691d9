using DeepMath.Generalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Generalization;

public class LeastSquaresTests
{
    private static double[,] Gaussian(int n, int p, int seed)
    {
        var rng = new MersenneTwister(seed);
        var a = new double[n, p];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < p; j++)
                a[i, j] = Normal.Sample(rng, 0, 1);
        return a;
    }

    private static double[] Vector(int n, int seed) => Gaussian(n, 1, seed).Cast<double>().ToArray();

    [Theory]
    [InlineData(50, 200)]
    [InlineData(30, 30)]
    [InlineData(200, 20)]
    [InlineData(1, 5)]
    public void the_solution_equals_the_pseudo_inverse_solution_of_mathnet(int n, int p)
    {
        // Oracle: MathNet's SVD-based pseudo-inverse, β = A⁺y (least squares for n ≥ p, minimum norm for n < p).
        var a = Gaussian(n, p, seed: n + p);
        var y = Vector(n, seed: 7);
        var expected = Matrix<double>.Build.DenseOfArray(a).PseudoInverse() * Vector<double>.Build.DenseOfArray(y);
        var beta = LeastSquares.MinimumNorm(a, y);
        var gap = (Vector<double>.Build.DenseOfArray(beta) - expected).L2Norm() / expected.L2Norm();
        Assert.True(gap < 1e-10, $"relative gap {gap}");
    }

    [Fact]
    public void an_underdetermined_fit_interpolates_and_is_orthogonal_to_the_null_space()
    {
        // β = A⁺y interpolates and lies in the row space: adding any null-space vector makes it longer.
        var a = Gaussian(20, 60, seed: 3);
        var y = Vector(20, seed: 4);
        var beta = Vector<double>.Build.DenseOfArray(LeastSquares.MinimumNorm(a, y));
        var matrix = Matrix<double>.Build.DenseOfArray(a);
        Assert.True((matrix * beta - Vector<double>.Build.DenseOfArray(y)).L2Norm() < 1e-12);
        var nullVector = matrix.Kernel()[0];
        Assert.True(Math.Abs(beta.DotProduct(nullVector)) < 1e-12);
    }

    [Fact]
    public void using_the_first_p_columns_equals_fitting_the_submatrix()
    {
        var a = Gaussian(30, 80, seed: 5);
        var y = Vector(30, seed: 6);
        foreach (var p in new[] { 10, 30, 50 })
        {
            var sub = new double[30, p];
            for (var i = 0; i < 30; i++)
                for (var j = 0; j < p; j++)
                    sub[i, j] = a[i, j];
            Assert.Equal(LeastSquares.MinimumNorm(sub, y), LeastSquares.MinimumNorm(a, y, p));
        }
    }

    [Fact]
    public void it_stays_accurate_at_the_interpolation_threshold_where_normal_equations_lose_digits()
    {
        // p = n: a square Gaussian matrix, the worst-conditioned case of double descent. Householder QR is backward
        // stable, so the relative residual is of order ε·κ(A) ≈ 1e-16·1e3, far below 1e-8.
        var a = Gaussian(100, 100, seed: 8);
        var y = Vector(100, seed: 9);
        var beta = Vector<double>.Build.DenseOfArray(LeastSquares.MinimumNorm(a, y));
        var residual = (Matrix<double>.Build.DenseOfArray(a) * beta - Vector<double>.Build.DenseOfArray(y)).L2Norm();
        Assert.True(residual / Vector<double>.Build.DenseOfArray(y).L2Norm() < 1e-8, $"relative residual {residual}");
    }

    [Fact]
    public void rank_deficiency_and_wrong_shapes_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LeastSquares.MinimumNorm(new double[3, 2], [1.0, 2, 3]));
        Assert.Throws<ArgumentException>(() => LeastSquares.MinimumNorm(new double[3, 2] { { 1, 0 }, { 0, 1 }, { 1, 1 } }, [1.0, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LeastSquares.MinimumNorm(new double[2, 2] { { 1, 0 }, { 0, 1 } }, [1.0, 2], 3));
    }
}
