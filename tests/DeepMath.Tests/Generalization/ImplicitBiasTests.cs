using DeepMath.Generalization;

namespace DeepMath.Tests.Generalization;

public class ImplicitBiasTests
{
    private static readonly double[][] Points = [[1, 1], [1, -0.5], [3, 0.5]];

    [Fact]
    public void the_max_margin_separator_of_the_three_points_is_e1_with_dual_weights_one_third_and_two_thirds()
    {
        // By hand: ŵ = (1, 0) meets ⟨ŵ, z⟩ ≥ 1 with equality at z1, z2, and KKT: ŵ = α1 z1 + α2 z2 with
        // α1 + α2 = 1, α1 − α2/2 = 0, so α = (1/3, 2/3, 0).
        var (w, alpha) = MaxMargin.Solve(Points);
        Assert.Equal(1, w[0], 10);
        Assert.Equal(0, w[1], 10);
        Assert.Equal(1.0 / 3, alpha[0], 10);
        Assert.Equal(2.0 / 3, alpha[1], 10);
        Assert.Equal(0, alpha[2], 10);
    }

    [Fact]
    public void the_offset_solves_soudrys_equations_on_the_support_vectors()
    {
        // η e^(−⟨w̃, z_n⟩) = α_n: w̃1 + w̃2 = ln(η/α1) = ln 1.5, w̃1 − w̃2/2 = ln(η/α2) = ln 0.75, so w̃2 = ln 2/1.5.
        var (_, alpha) = MaxMargin.Solve(Points);
        var offset = MaxMargin.LogisticOffset(Points, alpha, lr: 0.5);
        Assert.Equal(Math.Log(2) / 1.5, offset[1], 9);
        Assert.Equal(Math.Log(1.5) - Math.Log(2) / 1.5, offset[0], 9);
    }

    [Fact]
    public void logistic_gradient_descent_follows_the_max_margin_direction_plus_the_offset()
    {
        // Oracle: 10⁵ plain gradient steps on Σ ln(1 + e^(−⟨w, z⟩)); Soudry et al.: w(t) − ŵ ln t → w̃ with an o(1)
        // error that decays like 1/(t ln t) here, far below 1e-3 at t = 10⁵.
        double[] w = [0, 0];
        const int steps = 100_000;
        for (var t = 0; t < steps; t++)
        {
            double g0 = 0, g1 = 0;
            foreach (var z in Points)
            {
                var s = 1 / (1 + Math.Exp(z[0] * w[0] + z[1] * w[1]));
                (g0, g1) = (g0 - s * z[0], g1 - s * z[1]);
            }
            (w[0], w[1]) = (w[0] - 0.5 * g0, w[1] - 0.5 * g1);
        }
        var (_, alpha) = MaxMargin.Solve(Points);
        var offset = MaxMargin.LogisticOffset(Points, alpha, 0.5);
        Assert.Equal(offset[0], w[0] - Math.Log(steps), tolerance: 1e-3);
        Assert.Equal(offset[1], w[1], tolerance: 1e-3);
    }

    [Fact]
    public void points_that_cannot_be_separated_through_the_origin_are_reported()
    {
        Assert.Throws<InvalidOperationException>(() => MaxMargin.Solve([[1, 0], [-1, 0]], maxSweeps: 1000));
    }
}
