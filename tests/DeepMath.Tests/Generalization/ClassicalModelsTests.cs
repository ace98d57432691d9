using DeepMath.Generalization;
using MathNet.Numerics.Integration;

namespace DeepMath.Tests.Generalization;

public class ClassicalModelsTests
{
    [Fact]
    public void the_legendre_features_are_orthonormal_for_the_uniform_distribution_on_minus_one_one()
    {
        // Oracle: 40-point Gauss–Legendre quadrature, exact for polynomials of degree ≤ 79; E over U[-1, 1] = ½∫.
        const int degree = 12;
        for (var j = 0; j <= degree; j++)
            for (var k = 0; k <= degree; k++)
            {
                var (jj, kk) = (j, k);
                var mean = 0.5 * GaussLegendreRule.Integrate(x => Legendre.Features(x, degree)[jj] * Legendre.Features(x, degree)[kk], -1, 1, 40);
                Assert.Equal(j == k ? 1 : 0, mean, 12);
            }
    }

    [Fact]
    public void the_first_legendre_features_have_their_textbook_form()
    {
        var f = Legendre.Features(0.3, 3);
        Assert.Equal(1, f[0], 15);
        Assert.Equal(Math.Sqrt(3) * 0.3, f[1], 15);
        Assert.Equal(Math.Sqrt(5) * (3 * 0.09 - 1) / 2, f[2], 15);
        Assert.Equal(Math.Sqrt(7) * (5 * 0.027 - 3 * 0.3) / 2, f[3], 15);
    }

    [Fact]
    public void a_fit_of_enough_degree_recovers_a_polynomial_and_its_distance_is_zero()
    {
        Func<double, double> cubic = x => 1 - 2 * x + 0.5 * x * x * x;
        var x = Enumerable.Range(0, 12).Select(i => -0.95 + 0.17 * i).ToArray();
        var coefficients = Legendre.Fit(x, x.Select(cubic).ToArray(), degree: 5);
        Assert.True(Legendre.SquaredDistance(coefficients, cubic) < 1e-24);
        Assert.Equal(cubic(0.123), Legendre.Evaluate(coefficients, 0.123), 12);
    }

    [Fact]
    public void the_squared_distance_of_the_zero_polynomial_to_x_is_one_third()
    {
        // E[x²] = 1/3 for x ~ U[-1, 1]; the midpoint rule with 2000 nodes errs by 1/(3·2000²).
        Assert.Equal(1.0 / 3, Legendre.SquaredDistance([0.0], x => x), 6);
    }

    [Fact]
    public void random_relu_features_are_relus_of_gaussian_projections_with_variance_one_over_d()
    {
        var features = RandomReluFeatures.Create(count: 4000, d: 10, seed: 0);
        var x = new double[1, 10];
        for (var k = 0; k < 10; k++) x[0, k] = k == 3 ? 1 : 0;            // e_4: ⟨w_j, x⟩ = w_j4 ~ N(0, 1/10)
        var phi = features.Map(x);
        var values = Enumerable.Range(0, 4000).Select(j => phi[0, j]).ToArray();
        Assert.All(values, v => Assert.True(v >= 0));
        // E[ϱ(Z)²] = Var(Z)/2 = 0.05 for Z ~ N(0, 0.1); the sample mean of 4000 has a standard error ≈ 0.0011.
        Assert.Equal(0.05, values.Average(v => v * v), tolerance: 0.005);
        Assert.Equal([2.0 * phi[0, 0], 0], RandomReluFeatures.Predict(new double[2, 2] { { phi[0, 0], 5 }, { 0, 7 } }, [2.0]));
    }
}
