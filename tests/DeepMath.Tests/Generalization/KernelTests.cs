using DeepMath.Generalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepMath.Tests.Generalization;

public class KernelTests
{
    [Fact]
    public void the_arc_cosine_kernels_have_their_closed_form_values_at_0_quarter_half_and_full_turn()
    {
        double[] e1 = [1, 0], e2 = [0, 1], diagonal = [Math.Sqrt(0.5), Math.Sqrt(0.5)];
        Assert.Equal(1, ArcCosineKernel.Order0(e1, e1), 15);
        Assert.Equal(0.5, ArcCosineKernel.Order0(e1, e2), 15);
        Assert.Equal(0, ArcCosineKernel.Order0(e1, [-2, 0]), 15);
        Assert.Equal(0.75, ArcCosineKernel.Order0(e1, diagonal), 15);
        Assert.Equal(1, ArcCosineKernel.Order1(e1, e1), 15);                        // ‖x‖² (sin 0 + π)/π
        Assert.Equal(1 / Math.PI, ArcCosineKernel.Order1(e1, e2), 15);              // sin(π/2)/π
        Assert.Equal(0, ArcCosineKernel.Order1(e1, [-2, 0]), 15);
        Assert.Equal(6, ArcCosineKernel.Order1([2, 0], [3, 0]), 14);               // homogeneous of degree 1 in each
        Assert.Equal(0, ArcCosineKernel.Order0(e1, [0, 0]), 15);
    }

    [Fact]
    public void the_arc_cosine_kernels_are_twice_the_gaussian_expectations_they_are_defined_by()
    {
        // Oracle: Monte Carlo with 10⁶ Gaussian w; the standard errors are below 1e-3, allow 5e-3.
        double[] x = [0.6, 0.8, 0], y = [-0.3, 0.2, 1.1];
        var rng = new MersenneTwister(3);
        double steps = 0, relus = 0;
        const int draws = 1_000_000;
        for (var k = 0; k < draws; k++)
        {
            double w0 = Normal.Sample(rng, 0, 1), w1 = Normal.Sample(rng, 0, 1), w2 = Normal.Sample(rng, 0, 1);
            var (u, v) = (w0 * x[0] + w1 * x[1] + w2 * x[2], w0 * y[0] + w1 * y[1] + w2 * y[2]);
            if (u > 0 && v > 0)
            {
                steps += 1;
                relus += u * v;
            }
        }
        Assert.Equal(2 * steps / draws, ArcCosineKernel.Order0(x, y), tolerance: 5e-3);
        Assert.Equal(2 * relus / draws, ArcCosineKernel.Order1(x, y), tolerance: 5e-3);
    }

    [Fact]
    public void the_ntk_limit_is_half_k1_plus_half_the_inner_product_times_k0()
    {
        double[] x = [0.6, 0.8, 0], y = [-0.3, 0.2, 1.1];
        var inner = x.Zip(y, (a, b) => a * b).Sum();
        Assert.Equal(0.5 * ArcCosineKernel.Order1(x, y) + 0.5 * inner * ArcCosineKernel.Order0(x, y), NeuralTangentKernel.Limit(x, y), 14);
        Assert.Equal(1, NeuralTangentKernel.Limit(x, x), 14);                       // Θ∞(x, x) = ‖x‖²
    }

    [Fact]
    public void the_empirical_ntk_is_the_inner_product_of_parameter_gradients_by_central_differences()
    {
        // Oracle: ∇_θ f(x) by central differences of f(x) = N^(-1/2) Σ a_r ϱ(⟨w_r, x⟩) over all (N·d + N) parameters.
        const int width = 6, d = 3;
        var rng = new MersenneTwister(1);
        var w = Matrix<double>.Build.Dense(width, d, (_, _) => Normal.Sample(rng, 0, 1));
        var a = Enumerable.Range(0, width).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        var x = Matrix<double>.Build.DenseOfRowArrays([0.6, 0.8, 0.1], [-0.3, 0.2, 1.1]);
        double F(Matrix<double> ww, double[] aa, int i) =>
            Enumerable.Range(0, width).Sum(r => aa[r] * Math.Max(0, ww.Row(r).DotProduct(x.Row(i)))) / Math.Sqrt(width);
        double[] Gradient(int i)
        {
            const double h = 1e-6;
            var g = new List<double>();
            for (var r = 0; r < width; r++)
                for (var k = 0; k < d; k++)
                {
                    var (plus, minus) = (w.Clone(), w.Clone());
                    plus[r, k] += h;
                    minus[r, k] -= h;
                    g.Add((F(plus, a, i) - F(minus, a, i)) / (2 * h));
                }
            for (var r = 0; r < width; r++)
            {
                var (plus, minus) = ((double[])a.Clone(), (double[])a.Clone());
                plus[r] += h;
                minus[r] -= h;
                g.Add((F(w, plus, i) - F(w, minus, i)) / (2 * h));
            }
            return g.ToArray();
        }
        var gram = NeuralTangentKernel.EmpiricalGram(w, a, x, x);
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 2; j++)
                Assert.Equal(Gradient(i).Zip(Gradient(j), (u, v) => u * v).Sum(), gram[i, j], 8);
    }

    [Fact]
    public void the_empirical_ntk_approaches_the_limit_at_a_rate_consistent_with_n_to_the_minus_half()
    {
        // 4·10⁵ neurons: the relative Frobenius error is ≈ 2.1·N^(-1/2) ≈ 3e-3 (paper-experiments G7); allow 0.01.
        var rng = new MersenneTwister(2);
        var x = Matrix<double>.Build.Dense(6, 4, (_, _) => Normal.Sample(rng, 0, 1)).NormalizeRows(2);
        const int width = 400_000;
        var w = Matrix<double>.Build.Dense(width, 4, (_, _) => Normal.Sample(rng, 0, 1));
        var a = Enumerable.Range(0, width).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        var limit = NeuralTangentKernel.LimitGram(x, x);
        var error = (NeuralTangentKernel.EmpiricalGram(w, a, x, x) - limit).FrobeniusNorm() / limit.FrobeniusNorm();
        Assert.True(error < 0.01, $"relative error {error}");
    }

    [Fact]
    public void kernel_gradient_descent_equals_running_the_residual_recursion_and_tends_to_interpolation()
    {
        // Oracle: iterate f ← f − ηK(f − y) on the training points and f' ← f' − ηK'(f − y) on test points.
        var rng = new MersenneTwister(4);
        var all = Matrix<double>.Build.Dense(9, 3, (_, _) => Normal.Sample(rng, 0, 1)).NormalizeRows(2);
        var (train, test) = (all.SubMatrix(0, 6, 0, 3), all.SubMatrix(6, 3, 0, 3));
        var (k, kTest) = (NeuralTangentKernel.LimitGram(train, train), NeuralTangentKernel.LimitGram(test, train));
        double[] y = [1, -1, 0.5, 0.2, -0.7, 0.3];
        var lr = 1 / k.Evd(Symmetricity.Symmetric).EigenValues.Max(e => e.Real);
        var (f, fTest) = (Vector<double>.Build.Dense(6), Vector<double>.Build.Dense(3));
        for (var t = 0; t < 25; t++)
        {
            var residual = f - Vector<double>.Build.DenseOfArray(y);
            (f, fTest) = (f - lr * (k * residual), fTest - lr * (kTest * residual));
        }
        var predicted = NeuralTangentKernel.KernelGradientDescent(k, kTest, y, lr, 25);
        for (var i = 0; i < 3; i++) Assert.Equal(fTest[i], predicted[i], 12);
        var interpolant = NeuralTangentKernel.KernelGradientDescent(k, k, y, lr, steps: null);
        for (var i = 0; i < 6; i++) Assert.Equal(y[i], interpolant[i], 10);
    }
}
