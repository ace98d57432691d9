using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Optimization;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Optimization;

// Every analytic gradient against central differences (h = 1e-6, so the error is O(h²) ≈ 1e-12 times the third
// derivative, plus round-off ≈ 1e-16/h = 1e-10): tolerance 1e-6 relative to the gradient's size.
public class GradientTests
{
    private static double[] CentralDifference(Func<double[], double> f, double[] x, double h = 1e-6)
    {
        var g = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var (plus, minus) = ((double[])x.Clone(), (double[])x.Clone());
            plus[i] += h;
            minus[i] -= h;
            g[i] = (f(plus) - f(minus)) / (2 * h);
        }
        return g;
    }

    private static void AssertGradient(Func<double[], double> f, double[] analytic, double[] x)
    {
        var numeric = CentralDifference(f, x);
        var scale = Math.Max(1, numeric.Max(Math.Abs));
        for (var i = 0; i < x.Length; i++)
            Assert.True(Math.Abs(numeric[i] - analytic[i]) <= 1e-6 * scale, $"∂_{i}: analytic {analytic[i]}, central difference {numeric[i]}");
    }

    [Fact]
    public void the_quadratic_gradient_is_a_times_the_offset()
    {
        var q = Quadratic.WithSpectrum([0, 0.1, 0.5, 1, 2], seed: 3);
        double[] x = [0.3, -0.2, 1.1, 0.5, -0.7];
        AssertGradient(q.Value, q.Gradient(x), x);
    }

    [Fact]
    public void rosenbrock_and_saddle_gradients_match_central_differences()
    {
        var f = new Rosenbrock(100);
        double[] p = [-1.2, 1];
        AssertGradient(f.Value, f.Gradient(p), p);
        double[] s = [0.4, -0.8];
        AssertGradient(StrictSaddle.Value, StrictSaddle.Gradient(s), s);
    }

    [Fact]
    public void the_least_absolute_deviation_subgradient_is_the_gradient_of_its_sample_away_from_kinks()
    {
        var lad = LeastAbsoluteDeviation.Sample(n: 1, d: 3, seed: 2); // one sample: R = |aᵀx - b|, smooth where aᵀx ≠ b
        double[] x = [1, 2, 3];
        AssertGradient(lad.Risk, lad.StochasticGradient(x, 0), x);
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.ReLU)]
    public void the_flat_mlp_backpropagation_matches_central_differences(Activation activation)
    {
        var data = Spirals.Generate(nPerClass: 10, noise: 0.01, seed: 0);
        var labels = data.Labels.Select(c => c == 0 ? -1.0 : 1.0).ToArray();
        var net = new FlatMlp([2, 5, 4, 1], activation);
        var theta = net.Initialize(seed: 7);
        var gradient = new double[net.ParameterCount];
        net.LossAndGradient(theta, data.X, labels, gradient);
        AssertGradient(t => net.Loss(t, data.X, labels), gradient, theta);
    }

    [Fact]
    public void the_flat_mlp_loss_and_gradient_match_torchsharp_autograd()
    {
        var data = Spirals.Generate(nPerClass: 20, noise: 0.02, seed: 1);
        var labels = data.Labels.Select(c => c == 0 ? -1.0 : 1.0).ToArray();
        var net = new FlatMlp([2, 6, 3, 1]);
        var theta = net.Initialize(seed: 4);
        var ours = new double[net.ParameterCount];
        var ourLoss = net.LossAndGradient(theta, data.X, labels, ours);

        using var scope = torch.NewDisposeScope();
        var t = torch.tensor(theta, ScalarType.Float64).requires_grad_(true);
        var a = torch.tensor(data.X.Cast<double>().ToArray(), [data.N, 2], ScalarType.Float64); // [n, 2]
        var offset = 0L;
        foreach (var (_, rows, columns) in net.WeightBlocks())
        {
            var w = t.narrow(0, offset, rows * columns).view(rows, columns); // [N_l, N_l-1]
            var b = t.narrow(0, offset + rows * columns, rows);              // [N_l]
            a = a.matmul(w.t()) + b;
            if (rows != 1) a = a.tanh();
            offset += (columns + 1) * rows;
        }
        var y = torch.tensor(labels, ScalarType.Float64);
        var loss = nn.functional.softplus(-y * a.squeeze(1)).mean();
        loss.backward();
        var reference = t.grad!.data<double>().ToArray();

        Assert.Equal(loss.item<double>(), ourLoss, 12);
        for (var i = 0; i < reference.Length; i++) Assert.True(Math.Abs(reference[i] - ours[i]) < 1e-12, $"θ_{i}: torch {reference[i]}, ours {ours[i]}");
    }

    [Fact]
    public void the_ntk_network_step_is_a_gradient_step_on_half_the_squared_error()
    {
        var x = UnitSphere.Sample(n: 6, d: 3, seed: 1);
        double[] y = [0.5, -0.2, 0.1, 0.9, -0.4, 0.3];
        var net = NtkNetwork.Create(width: 8, d: 3, seed: 2);
        var w0 = net.W.ToRowMajorArray();
        double Loss(double[] flat) => LossAt(flat, net.A, x, y);
        Assert.Equal(Loss(w0), net.Loss(x, y), 12);
        var numeric = CentralDifference(Loss, w0);
        net.Step(x, y, lr: 1e-3);
        var moved = net.W.ToRowMajorArray();
        for (var k = 0; k < w0.Length; k++)
            Assert.True(Math.Abs((w0[k] - moved[k]) / 1e-3 - numeric[k]) < 1e-6, $"w_{k}: step/η {(w0[k] - moved[k]) / 1e-3}, gradient {numeric[k]}");
    }

    // ½ Σ_i (N^-1/2 Σ_r a_r relu(w_rᵀx_i) - y_i)², written independently of NtkNetwork.
    private static double LossAt(double[] w, IReadOnlyList<double> a, MathNet.Numerics.LinearAlgebra.Matrix<double> x, double[] y)
    {
        var (width, d) = (a.Count, x.ColumnCount);
        var loss = 0.0;
        for (var i = 0; i < x.RowCount; i++)
        {
            var u = 0.0;
            for (var r = 0; r < width; r++) u += a[r] * Math.Max(0, Enumerable.Range(0, d).Sum(k => w[r * d + k] * x[i, k]));
            loss += 0.5 * Math.Pow(u / Math.Sqrt(width) - y[i], 2);
        }
        return loss;
    }
}
