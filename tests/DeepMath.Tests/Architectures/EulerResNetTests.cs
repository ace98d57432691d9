using DeepMath.Architectures;

namespace DeepMath.Tests.Architectures;

public class EulerResNetTests
{
    private static readonly double[,] A0 = { { 0.5, -1.2, 0.3 }, { 1.1, 0.2, -0.7 }, { -0.4, 0.9, -0.3 } };
    private static readonly double[,] A1 = { { -0.6, 0.4, 0.8 }, { 0.2, -0.9, 0.5 }, { 0.7, -0.1, 0.4 } };
    private static readonly double[] B0 = [0.5, -1.0, 0.8];
    private static readonly double[] X0 = [1.0, -0.5, 2.0];

    [Fact]
    public void one_block_is_one_euler_step_of_size_one_computed_by_hand()
    {
        double[,] a0 = { { 1, 2 }, { 0, -1 } };
        var zero = new double[2, 2];

        var x = EulerResNet.Output([1, 1], 1, a0, zero, [5, 5]); // t = 0: b(0) = sin(0)·b₀ = 0

        Assert.Equal(1 + Math.Tanh(3), x[0], 1e-15);
        Assert.Equal(1 + Math.Tanh(-1), x[1], 1e-15);
    }

    [Fact]
    public void the_output_converges_to_the_ode_solution_at_first_order()
    {
        // Oracle: the ODE dx/dt = tanh(A(t)x + b(t)) solved by classical Runge–Kutta with 4096 steps (error ~1e-14).
        var exact = RungeKutta(X0, 4096);
        var errors = new[] { 64, 128, 256, 512 }.Select(l => Distance(EulerResNet.Output(X0, l, A0, A1, B0), exact)).ToArray();

        for (var k = 0; k + 1 < errors.Length; k++) Assert.InRange(errors[k] / errors[k + 1], 1.95, 2.05);
        Assert.Equal(errors[0] * 64, errors[^1] * 512, errors[0] * 64 * 0.05); // error·L settles to the constant C
    }

    [Fact]
    public void the_refinement_is_the_distance_between_depth_l_and_2l_and_halves_with_l()
    {
        var r = EulerResNet.Refinement(X0, 100, A0, A1, B0);

        Assert.Equal(Distance(EulerResNet.Output(X0, 100, A0, A1, B0), EulerResNet.Output(X0, 200, A0, A1, B0)), r, 1e-15);
        Assert.InRange(r / EulerResNet.Refinement(X0, 200, A0, A1, B0), 1.98, 2.02);
    }

    private static double[] RungeKutta(double[] x0, int steps)
    {
        double[] F(double t, double[] x) => Enumerable.Range(0, 3).Select(i =>
            Math.Tanh(Math.Sin(t) * B0[i] + Enumerable.Range(0, 3).Sum(j => (A0[i, j] + t * A1[i, j]) * x[j]))).ToArray();
        double[] Add(double[] x, double[] k, double s) => x.Select((v, i) => v + s * k[i]).ToArray();
        var h = 1.0 / steps;
        var y = (double[])x0.Clone();
        for (var n = 0; n < steps; n++)
        {
            var t = n * h;
            var k1 = F(t, y);
            var k2 = F(t + h / 2, Add(y, k1, h / 2));
            var k3 = F(t + h / 2, Add(y, k2, h / 2));
            var k4 = F(t + h, Add(y, k3, h));
            y = y.Select((v, i) => v + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i])).ToArray();
        }
        return y;
    }

    private static double Distance(double[] p, double[] q) => Math.Sqrt(p.Select((v, i) => (v - q[i]) * (v - q[i])).Sum());
}
