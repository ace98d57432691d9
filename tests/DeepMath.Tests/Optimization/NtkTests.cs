using DeepMath.Optimization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Optimization;

public class NtkTests
{
    [Fact]
    public void h_infinity_has_the_closed_form_values_for_equal_orthogonal_and_opposite_inputs()
    {
        var x = Matrix<double>.Build.DenseOfRowArrays([1.0, 0], [0, 1.0], [-1.0, 0], [Math.Sqrt(0.5), Math.Sqrt(0.5)]);
        var h = NtkGram.Infinity(x);
        Assert.Equal(0.5, h[0, 0], 15);             // θ = 0: ½‖x‖²
        Assert.Equal(0, h[0, 1], 15);               // orthogonal
        Assert.Equal(0, h[0, 2], 15);               // opposite: never active together
        Assert.Equal(Math.Sqrt(0.5) * 0.75 / 2, h[0, 3], 15); // θ = π/4: cos θ · (π − π/4)/(2π)
    }

    [Fact]
    public void h_infinity_matches_a_monte_carlo_average_over_gaussian_weights()
    {
        // H∞_ij = E[x_iᵀx_j 1{wᵀx_i ≥ 0} 1{wᵀx_j ≥ 0}]: 400 000 draws give a standard error ≤ 0.5/√400000 ≈ 8e-4; allow 4.
        var x = UnitSphere.Sample(n: 5, d: 4, seed: 3);
        var normal = new Normal(0, 1, new MersenneTwister(11));
        var w = Matrix<double>.Build.Random(400_000, 4, normal);
        var monteCarlo = NtkGram.Empirical(w, x);
        var closed = NtkGram.Infinity(x);
        Assert.True((monteCarlo - closed).Enumerate().Max(Math.Abs) < 4 * 8e-4, $"max deviation {(monteCarlo - closed).Enumerate().Max(Math.Abs)}");
    }

    [Fact]
    public void h_infinity_is_positive_definite_for_distinct_points_on_the_sphere()
    {
        var h = NtkGram.Infinity(UnitSphere.Sample(n: 20, d: 10, seed: 0));
        Assert.True(h.Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real) > 0.05);
        Assert.True((h - h.Transpose()).FrobeniusNorm() < 1e-15);
    }

    [Fact]
    public void a_mirrored_network_outputs_zero_at_initialisation_and_its_kernel_is_that_of_its_halves()
    {
        var x = UnitSphere.Sample(n: 7, d: 3, seed: 1);
        var net = NtkNetwork.Create(width: 40, d: 3, seed: 5, mirrored: true);
        Assert.All(net.Predict(x), u => Assert.Equal(0, u, 14));
        var half = net.W.SubMatrix(0, 20, 0, 3);
        Assert.True((NtkGram.Empirical(net.W, x) - NtkGram.Empirical(half, x)).FrobeniusNorm() < 1e-14);
    }

    [Fact]
    public void a_wide_network_fits_the_data_while_its_weights_move_little()
    {
        var x = UnitSphere.Sample(n: 10, d: 8, seed: 2);
        var y = Enumerable.Range(0, 10).Select(i => Math.Sin(3 * x[i, 0])).ToArray();
        var lr = 1 / NtkGram.Infinity(x).Evd(Symmetricity.Symmetric).EigenValues.Max(e => e.Real);
        var (narrow, wide) = (NtkNetwork.Create(100, 8, seed: 0, mirrored: true), NtkNetwork.Create(1600, 8, seed: 0, mirrored: true));
        for (var t = 0; t < 300; t++)
        {
            narrow.Step(x, y, lr);
            wide.Step(x, y, lr);
        }
        Assert.True(wide.Loss(x, y) < 1e-10, $"loss {wide.Loss(x, y)}");
        // 16 times the width: movement ~ N^-1/2 predicts a ratio of 4; allow 3 to 5.5.
        Assert.InRange(narrow.RelativeMovement() / wide.RelativeMovement(), 3, 5.5);
    }
}
