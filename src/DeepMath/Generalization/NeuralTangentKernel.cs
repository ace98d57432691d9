using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Generalization;

/// <summary>
/// The neural tangent kernel (Jacot, Gabriel and Hongler 2018) of a two-layer ReLU network in the NTK
/// parametrization, f(x) = N^(-1/2) Σ_(r ≤ N) a_r ϱ(⟨w_r, x⟩) with w_r ~ N(0, I_d), a_r ~ N(0, 1), both layers trained:
/// its infinite-width limit and its empirical value at given weights.
/// </summary>
/// <remarks>
/// The kernel is Θ(x, x') = ⟨∇_θ f(x), ∇_θ f(x')⟩. At width N it equals
/// (1/N) Σ_r [ϱ(⟨w_r, x⟩) ϱ(⟨w_r, x'⟩) + a_r² ⟨x, x'⟩ 1{⟨w_r, x⟩ &gt; 0} 1{⟨w_r, x'⟩ &gt; 0}] (the a-gradients, then the
/// w-gradients), an average of N independent terms; by the law of large numbers it tends to
/// Θ∞(x, x') = ½ k_1(x, x') + ½ ⟨x, x'⟩ k_0(x, x') with the <see cref="ArcCosineKernel"/>s, with fluctuations of order
/// N^(-1/2). Paper, Section 2 (the kernel regime). Introduced in chapter 02 (generalization); chapter 03 trains the
/// first layer only, whose kernel is the second term alone.
/// </remarks>
public static class NeuralTangentKernel
{
    /// <summary>The infinite-width NTK Θ∞(x, x') = ½ k_1(x, x') + ½ ⟨x, x'⟩ k_0(x, x').</summary>
    /// <param name="x">An input, e.g. a unit vector of R⁵.</param>
    /// <param name="y">Another input of the same dimension.</param>
    /// <returns>Θ∞(x, y); ‖x‖² for x = y.</returns>
    public static double Limit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (normX, normY, theta) = ArcCosineKernel.Geometry(x, y);
        if (normX == 0 || normY == 0) return 0;
        var cosine = Math.Cos(theta);
        return normX * normY * (Math.Sin(theta) + 2 * (Math.PI - theta) * cosine) / (2 * Math.PI);
    }

    /// <summary>The Gram matrix of the infinite-width NTK between the rows of two input matrices.</summary>
    /// <param name="a">Inputs, [n_a, d].</param>
    /// <param name="b">Inputs, [n_b, d].</param>
    /// <returns>G_ij = Θ∞(a_i, b_j), [n_a, n_b].</returns>
    public static Matrix<double> LimitGram(Matrix<double> a, Matrix<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rowsA, rowsB) = (a.EnumerateRows().Select(r => r.ToArray()).ToArray(), b.EnumerateRows().Select(r => r.ToArray()).ToArray());
        return Matrix<double>.Build.Dense(a.RowCount, b.RowCount, (i, j) => Limit(rowsA[i], rowsB[j]));
    }

    /// <summary>The empirical NTK Gram matrix of the network with first-layer weights W and output weights a.</summary>
    /// <param name="w">First-layer weights, one neuron per row: [N, d].</param>
    /// <param name="outputWeights">a, length N.</param>
    /// <param name="xa">Inputs, [n_a, d].</param>
    /// <param name="xb">Inputs, [n_b, d].</param>
    /// <returns>(1/N) Σ_r [ϱ(⟨w_r, x⟩) ϱ(⟨w_r, x'⟩) + a_r² ⟨x, x'⟩ 1{⟨w_r, x⟩ &gt; 0} 1{⟨w_r, x'⟩ &gt; 0}] at x = xa_i, x' = xb_j: [n_a, n_b].</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    public static Matrix<double> EmpiricalGram(Matrix<double> w, IReadOnlyList<double> outputWeights, Matrix<double> xa, Matrix<double> xb)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(outputWeights);
        ArgumentNullException.ThrowIfNull(xa);
        ArgumentNullException.ThrowIfNull(xb);
        if (outputWeights.Count != w.RowCount) throw new ArgumentException("Need one output weight per neuron.", nameof(outputWeights));
        var (relusA, stepsA) = Activations(w, outputWeights, xa);   // [n_a][N] each
        var (relusB, stepsB) = Activations(w, null, xb);
        var gram = Matrix<double>.Build.Dense(xa.RowCount, xb.RowCount);
        for (var i = 0; i < xa.RowCount; i++)
            for (var j = 0; j < xb.RowCount; j++)
            {
                var hidden = Spans.Dot(stepsA[i], stepsB[j]) * xa.Row(i).DotProduct(xb.Row(j));
                gram[i, j] = (Spans.Dot(relusA[i], relusB[j]) + hidden) / w.RowCount;
            }
        return gram;
    }

    /// <summary>Per input: ϱ(⟨w_r, x⟩) and a_r²·1{⟨w_r, x⟩ &gt; 0} (or 1{…} when a is null), over the neurons r.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    private static (double[][] Relus, double[][] Steps) Activations(Matrix<double> w, IReadOnlyList<double>? a, Matrix<double> x)
    {
        var (width, d) = (w.RowCount, w.ColumnCount);
        if (x.ColumnCount != d) throw new ArgumentException($"Inputs need {d} columns, got {x.ColumnCount}.", nameof(x));
        var weights = w.ToRowMajorArray();                             // [N, d]
        var (relus, steps) = (new double[x.RowCount][], new double[x.RowCount][]);
        for (var i = 0; i < x.RowCount; i++)
        {
            var input = x.Row(i).ToArray();
            (relus[i], steps[i]) = (new double[width], new double[width]);
            for (var r = 0; r < width; r++)
            {
                var z = Spans.Dot(weights.AsSpan(r * d, d), input);
                if (z <= 0) continue;
                relus[i][r] = z;
                steps[i][r] = a is null ? 1 : a[r] * a[r];
            }
        }
        return (relus, steps);
    }

    /// <summary>
    /// Kernel gradient descent: the predictions after T steps of gradient descent with step η on ½Σ_i (f(x_i) - y_i)²
    /// for the linear model f = f_0 + ⟨θ - θ_0, ∇f_0⟩ with tangent kernel K, started at f_0 = 0.
    /// </summary>
    /// <param name="trainGram">K(X, X), [n, n], symmetric positive definite.</param>
    /// <param name="testGram">K(X', X), [m, n], between test and training inputs.</param>
    /// <param name="y">Training targets, length n.</param>
    /// <param name="lr">The step η, below 2/λ_max(K), e.g. 1/λ_max.</param>
    /// <param name="steps">The number of steps T; null for T → ∞, kernel interpolation K(X', X) K(X, X)⁻¹ y.</param>
    /// <returns>The m predictions K(X', X) K⁻¹ (I - (I - ηK)^T) y.</returns>
    /// <remarks>The residual on the training set follows r_T = (I - ηK)^T r_0 exactly, so each eigen-direction of K is fitted at its own speed.</remarks>
    public static double[] KernelGradientDescent(Matrix<double> trainGram, Matrix<double> testGram, IReadOnlyList<double> y, double lr, int? steps)
    {
        ArgumentNullException.ThrowIfNull(trainGram);
        ArgumentNullException.ThrowIfNull(testGram);
        ArgumentNullException.ThrowIfNull(y);
        var evd = trainGram.Evd(Symmetricity.Symmetric);
        var (vectors, values) = (evd.EigenVectors, evd.EigenValues.Select(e => e.Real).ToArray());
        if (values.Min() <= 0) throw new ArgumentException("K(X, X) must be positive definite.", nameof(trainGram));
        var projected = vectors.TransposeThisAndMultiply(Vector<double>.Build.DenseOfEnumerable(y));
        var filtered = Vector<double>.Build.Dense(values.Length, k =>
            projected[k] * (steps is { } t ? 1 - Math.Pow(1 - lr * values[k], t) : 1) / values[k]);
        return (testGram * (vectors * filtered)).ToArray();
    }
}
