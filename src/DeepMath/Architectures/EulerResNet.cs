namespace DeepMath.Architectures;

/// <summary>A residual network read as the explicit Euler scheme of an ordinary differential equation (plain arrays).</summary>
/// <remarks>
/// Berner et al., Section 6 (residual networks and their continuous limit; E 2017, Haber and Ruthotto 2017, Chen et al.
/// 2018): the blocks x_{l+1} = x_l + (1/L)·f(l/L, x_l), l = 0..L-1, are Euler steps of size 1/L for dx/dt = f(t, x) on
/// [0, 1], with layer l playing the time t = l/L. For a smooth f, explicit Euler is first order: the output x_L differs
/// from the ODE's solution x(1) by O(1/L), so the outputs of networks of depth L and 2L differ by O(1/L) too, and that
/// difference halves when L doubles. Here f(t, x) = tanh(A(t)x + b(t)) with A(t) = A₀ + tA₁ and b(t) = sin(t)·b₀, the
/// weights of the "layer at time t" varying smoothly with depth. Chapter 05 (architectures).
/// </remarks>
public static class EulerResNet
{
    /// <summary>The output x_L of L residual blocks x_{l+1} = x_l + (1/L)·tanh(A(l/L)·x_l + b(l/L)).</summary>
    /// <param name="x0">The input x_0, length d, e.g. (1, -0.5, 0.25, 2).</param>
    /// <param name="depth">The number of blocks L (the step is 1/L), e.g. 8 … 1024.</param>
    /// <param name="a0">A₀, d × d.</param>
    /// <param name="a1">A₁, d × d: how the weights change with depth.</param>
    /// <param name="b0">b₀, length d.</param>
    /// <returns>x_L, length d.</returns>
    public static double[] Output(double[] x0, int depth, double[,] a0, double[,] a1, double[] b0)
    {
        ArgumentNullException.ThrowIfNull(x0);
        ArgumentNullException.ThrowIfNull(a0);
        ArgumentNullException.ThrowIfNull(a1);
        ArgumentNullException.ThrowIfNull(b0);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var d = x0.Length;
        if (a0.GetLength(0) != d || a0.GetLength(1) != d || a1.GetLength(0) != d || a1.GetLength(1) != d || b0.Length != d)
            throw new ArgumentException($"Need A₀, A₁ of shape {d} × {d} and b₀ of length {d}.");
        var x = (double[])x0.Clone();
        var step = 1.0 / depth;
        for (var l = 0; l < depth; l++)
        {
            var t = l * step;
            var next = new double[d];
            for (var i = 0; i < d; i++)
            {
                var z = Math.Sin(t) * b0[i];
                for (var j = 0; j < d; j++) z += (a0[i, j] + t * a1[i, j]) * x[j];
                next[i] = x[i] + step * Math.Tanh(z); // the residual block: identity + (1/L)·f(t, x)
            }
            x = next;
        }
        return x;
    }

    /// <summary>The Euclidean distance ‖x_L - x_{2L}‖ between the outputs of networks of depth L and 2L.</summary>
    /// <param name="x0">The input, length d.</param>
    /// <param name="depth">L, e.g. 16.</param>
    /// <param name="a0">A₀, d × d.</param>
    /// <param name="a1">A₁, d × d.</param>
    /// <param name="b0">b₀, length d.</param>
    /// <returns>The distance; O(1/L) for explicit Euler.</returns>
    public static double Refinement(double[] x0, int depth, double[,] a0, double[,] a1, double[] b0)
    {
        var coarse = Output(x0, depth, a0, a1, b0);
        var fine = Output(x0, 2 * depth, a0, a1, b0);
        return Math.Sqrt(coarse.Select((v, i) => (v - fine[i]) * (v - fine[i])).Sum());
    }
}
