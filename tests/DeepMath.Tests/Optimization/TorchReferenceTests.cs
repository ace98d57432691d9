using DeepMath.Optimization;
using TorchSharp;
using Parameter = TorchSharp.Modules.Parameter;
using static TorchSharp.torch;

namespace DeepMath.Tests.Optimization;

// TorchSharp's own optimizers, run in float64 on the same Rosenbrock problem from the same start, are an independent
// reference for our pure implementations: after 200 steps the iterates must agree to 1e-10.
public class TorchReferenceTests
{
    private const int Steps = 200;
    private static readonly double[] Start = [-1.2, 1.0];

    private static double[] RunTorch(Func<Parameter, optim.Optimizer> create)
    {
        using var scope = torch.NewDisposeScope();
        var p = new Parameter(torch.tensor(Start, ScalarType.Float64));
        var optimizer = create(p);
        for (var t = 0; t < Steps; t++)
        {
            using var stepScope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var loss = (1 - p[0]).pow(2) + 10 * (p[1] - p[0].pow(2)).pow(2); // Rosenbrock, b = 10
            loss.backward();
            optimizer.step();
        }
        return p.detach().data<double>().ToArray();
    }

    private static double[] RunOurs(Optimizer optimizer)
    {
        var f = new Rosenbrock(b: 10);
        var p = (double[])Start.Clone();
        for (var t = 0; t < Steps; t++) optimizer.Step(p, f.Gradient(p));
        return p;
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-10, $"coordinate {i}: torch {expected[i]}, ours {actual[i]}");
    }

    [Fact]
    public void adam_matches_torch_adam()
    {
        AssertClose(RunTorch(p => torch.optim.Adam([p], lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8)),
            RunOurs(new Adam(lr: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)));
    }

    [Fact]
    public void amsgrad_matches_torch_adam_with_amsgrad()
    {
        AssertClose(RunTorch(p => torch.optim.Adam([p], lr: 0.01, beta1: 0.5, beta2: 0.9, eps: 1e-8, amsgrad: true)),
            RunOurs(new Adam(lr: 0.01, beta1: 0.5, beta2: 0.9, epsilon: 1e-8, amsGrad: true)));
    }

    [Fact]
    public void rmsprop_matches_torch_rmsprop()
    {
        AssertClose(RunTorch(p => torch.optim.RMSProp([p], lr: 0.001, alpha: 0.99, eps: 0.1)),
            RunOurs(new RmsProp(lr: 0.001, alpha: 0.99, epsilon: 0.1)));
    }

    [Fact]
    public void momentum_sgd_matches_torch_sgd()
    {
        AssertClose(RunTorch(p => torch.optim.SGD([p], learningRate: 0.001, momentum: 0.9)),
            RunOurs(new GradientDescent(lr: 0.001, momentum: 0.9)));
    }
}
