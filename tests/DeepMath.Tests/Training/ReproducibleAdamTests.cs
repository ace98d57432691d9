using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Tests.Training;

// torch.optim.Adam is the oracle for the algorithm (same steps, float round-off apart); the update written out by hand in
// float64 is the oracle for the arithmetic; Math.Sqrt is the oracle for the square root.
public class ReproducibleAdamTests
{
    private static double[] TrainedWeights(Func<IEnumerable<Parameter>, optim.Optimizer> optimizer, int steps = 100)
    {
        using var scope = torch.NewDisposeScope();
        var data = Regression.Sample(x => Math.Sin(Math.PI * x), 64, 0.3, seed: 1);
        using var model = Mlp.Create(1, [16], 1, seed: 0);
        using var adam = optimizer(model.parameters());
        if (steps > 0)
        {
            Trainer.Fit(model, adam, Losses.MeanSquaredError, Tensors.ToTensor(data.X), Tensors.ToTensor(data.Y),
                new TrainingOptions { Steps = steps, Seed = 0 });
        }

        return model.parameters().SelectMany(p => p.detach().to_type(ScalarType.Float64).data<double>().ToArray()).ToArray();
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a) / Math.Max(1, Math.Abs(e))).Max();
        Assert.True(worst <= tolerance, $"largest relative difference {worst}");
    }

    [Fact]
    public void it_trains_like_torch_adam_up_to_float32_round_off()
    {
        // 100 steps in float32; the two differ only where a square root is rounded the other way (one unit in 2^-24),
        // which Adam's normalised steps keep from growing: measured 3e-6 at most.
        var torchAdam = TrainedWeights(p => torch.optim.Adam(p, lr: 0.01));
        var ours = TrainedWeights(p => Optimizers.Adam(p, lr: 0.01));

        AssertClose(torchAdam, ours, 1e-4);
        Assert.NotEqual(TrainedWeights(p => Optimizers.Adam(p, lr: 0.01), steps: 0), ours); // it did train
    }

    [Fact]
    public void weight_decay_and_amsgrad_follow_torch_adam()
    {
        AssertClose(TrainedWeights(p => torch.optim.Adam(p, lr: 0.01, weight_decay: 0.1)),
            TrainedWeights(p => Optimizers.Adam(p, lr: 0.01, weightDecay: 0.1)), 1e-4);
        AssertClose(TrainedWeights(p => torch.optim.Adam(p, lr: 0.01, amsgrad: true)),
            TrainedWeights(p => Optimizers.Adam(p, lr: 0.01, amsgrad: true)), 1e-4);
    }

    [Fact]
    public void two_steps_equal_the_adam_update_computed_by_hand_in_float64()
    {
        double[] theta0 = [0.5, -1.0, 2.0], g1 = [0.3, -0.02, 4.0], g2 = [-0.1, 0.05, 3.0];
        const double lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        using var theta = new Parameter(torch.tensor(theta0, ScalarType.Float64));
        using var adam = Optimizers.Adam([theta], lr: lr, beta1: b1, beta2: b2, eps: eps);

        var expected = (double[])theta0.Clone();
        double[] m = new double[3], v = new double[3];
        foreach (var (g, t) in new[] { (g1, 1), (g2, 2) })
        {
            theta.grad = torch.tensor(g, ScalarType.Float64);
            adam.step();
            for (var i = 0; i < 3; i++)
            {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                var mHat = m[i] / (1 - Math.Pow(b1, t));
                var vHat = v[i] / (1 - Math.Pow(b2, t));
                expected[i] -= lr * mHat / (Math.Sqrt(vHat) + eps);
            }
        }

        AssertClose(expected, theta.detach().data<double>().ToArray(), 1e-14);
    }

    [Fact]
    public void its_square_root_is_within_one_unit_in_the_last_place_of_the_exact_root_and_zero_at_zero()
    {
        var rng = new Random(0);
        var values = Enumerable.Range(0, 10_000).Select(_ => (float)Math.Exp(rng.NextDouble() * 60 - 30)).Append(0f).ToArray();
        using var x = torch.tensor(values);

        using var root = ReproducibleAdam.Sqrt(x);

        var roots = root.data<float>().ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            var exact = (float)Math.Sqrt(values[i]);
            Assert.True(Math.Abs(roots[i] - exact) <= MathF.BitIncrement(exact) - exact, $"√{values[i]}: {roots[i]} against {exact}");
        }

        Assert.Equal(0f, roots[^1]);
    }
}
