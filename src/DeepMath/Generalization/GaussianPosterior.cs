using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepMath.Generalization;

/// <summary>
/// A stochastic two-layer ReLU network without biases, f_θ(x) = vᵀϱ(Wx) with θ = (W, v) ~ Q = N(μ, diag σ²), and the
/// optimization of a PAC-Bayes bound over μ, σ and the prior variance λ of P = N(θ₀, λI) (Dziugaite and Roy 2017).
/// </summary>
/// <remarks>
/// θ is one flat vector: W row by row ([N, d]), then v ([N]). The prior is centred at the random initialisation θ₀,
/// which is drawn before the data are seen, so it is a legitimate PAC-Bayes prior. The objective, minimized by Adam
/// with the reparametrization θ = μ + σ ⊙ ε, ε ~ N(0, I), is a differentiable upper bound on the PAC-Bayes risk bound:
/// the mean logistic loss divided by ln 2 (at least the 0-1 loss) plus √((KL(Q ‖ P) + ln(2√n/δ))/(2n)) (Pinsker's
/// relaxation of <see cref="PacBayes.Bound"/>). The final bound is then computed with the exact kl inverse, λ rounded to
/// <see cref="PacBayes.PriorVariances"/>. Plain float64 arithmetic with hand-written gradients (tested against central
/// differences): the network is tiny, and TorchSharp's cost per operation would dominate. Paper, Section 2.
/// Introduced in chapter 02 (generalization).
/// </remarks>
public sealed class GaussianPosterior
{
    private readonly double[] _mean;      // μ [P]
    private readonly double[] _logSigma;  // ln σ [P]
    private readonly double[] _priorMean; // θ₀ [P]
    private double _logPriorVariance;     // ln λ

    private GaussianPosterior(double[] mean, double[] priorMean, int inputDim, int width, double sigma, double priorVariance)
    {
        (InputDim, Width) = (inputDim, width);
        (_mean, _priorMean) = ((double[])mean.Clone(), (double[])priorMean.Clone());
        _logSigma = Enumerable.Repeat(Math.Log(sigma), mean.Length).ToArray();
        _logPriorVariance = Math.Log(priorVariance);
    }

    /// <summary>The input dimension d.</summary>
    public int InputDim { get; }

    /// <summary>The hidden width N.</summary>
    public int Width { get; }

    /// <summary>The number of parameters P = N·d + N.</summary>
    public int ParameterCount => _mean.Length;

    /// <summary>The posterior mean μ (a copy).</summary>
    public double[] Mean => (double[])_mean.Clone();

    /// <summary>The posterior standard deviations σ (a copy).</summary>
    public double[] Sigma => _logSigma.Select(Math.Exp).ToArray();

    /// <summary>The prior variance λ as currently optimized (round it to the grid before computing a bound).</summary>
    public double PriorVariance => Math.Exp(_logPriorVariance);

    /// <summary>The live array ln σ, for tests that perturb one entry.</summary>
    internal double[] LogSigma => _logSigma;

    /// <summary>A posterior centred at trained weights, with equal standard deviations, and the prior centred at the initialisation.</summary>
    /// <param name="mean">μ, the trained weights, flat (W row by row, then v), length N·d + N.</param>
    /// <param name="priorMean">θ₀, the weights at initialisation, same layout.</param>
    /// <param name="inputDim">d, e.g. 64.</param>
    /// <param name="width">N, e.g. 8.</param>
    /// <param name="sigma">Initial σ for every parameter, e.g. 0.05.</param>
    /// <param name="priorVariance">Initial λ, e.g. 0.01.</param>
    /// <returns>The posterior, ready for <see cref="Optimize"/>.</returns>
    public static GaussianPosterior Create(double[] mean, double[] priorMean, int inputDim, int width, double sigma, double priorVariance)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(priorMean);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (mean.Length != width * inputDim + width || priorMean.Length != mean.Length)
            throw new ArgumentException($"Need N·d + N = {width * inputDim + width} parameters in μ and θ₀.");
        if (!(sigma > 0) || !(priorVariance > 0)) throw new ArgumentOutOfRangeException(nameof(sigma), "σ and λ must be positive.");
        return new GaussianPosterior(mean, priorMean, inputDim, width, sigma, priorVariance);
    }

    /// <summary>The outputs vᵀϱ(Wx_i) of the network with parameters θ.</summary>
    /// <param name="theta">Flat parameters (W row by row, then v), length N·d + N.</param>
    /// <param name="x">Inputs [n, d].</param>
    /// <returns>The n outputs (logits: the predicted class is 1 where positive).</returns>
    public double[] Outputs(IReadOnlyList<double> theta, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var rows = Rows(x);
        var parameters = theta.ToArray();
        var hidden = new double[Width];
        return rows.Select(row => Forward(parameters, row, hidden)).ToArray();
    }

    /// <summary>KL(Q ‖ P) for a given prior variance λ.</summary>
    /// <param name="priorVariance">λ, e.g. a value of <see cref="PacBayes.PriorVariances"/>.</param>
    /// <returns>The divergence in nats; equals <see cref="PacBayes.GaussianKl"/> of <see cref="Mean"/>, <see cref="Sigma"/>.</returns>
    public double Kl(double priorVariance) => PacBayes.GaussianKl(_mean, Sigma, _priorMean, priorVariance);

    /// <summary>Minimizes the relaxed PAC-Bayes bound by Adam over μ, ln σ and ln λ, one sampled network per step.</summary>
    /// <param name="x">Training inputs [n, d].</param>
    /// <param name="labels">Training labels in {0, 1}, length n.</param>
    /// <param name="steps">Adam steps, e.g. 800.</param>
    /// <param name="lr">Adam's learning rate, e.g. 0.01 (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, with bias correction).</param>
    /// <param name="delta">δ of the bound, e.g. 0.025.</param>
    /// <param name="seed">Seed of the noise ε, e.g. 0.</param>
    /// <returns>The objective at every step.</returns>
    public double[] Optimize(double[,] x, IReadOnlyList<int> labels, int steps, double lr, double delta, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var rows = Rows(x);
        if (labels.Count != rows.Length) throw new ArgumentException("Need one label per input row.", nameof(labels));
        var rng = new MersenneTwister(seed);
        var noise = new double[ParameterCount];
        var adam = new Adam(2 * ParameterCount + 1, lr);
        var objective = new double[steps];
        for (var step = 0; step < steps; step++)
        {
            Normal.Samples(rng, noise, 0, 1);
            var (value, gradient) = ObjectiveAndGradient(rows, labels, noise, delta);
            objective[step] = value;
            adam.Step(gradient, _mean, _logSigma, ref _logPriorVariance);
        }
        return objective;
    }

    /// <summary>The 0-1 errors of <paramref name="samples"/> networks drawn from Q, on each of the given data sets.</summary>
    /// <param name="samples">K, e.g. 500.</param>
    /// <param name="seed">Seed of the draws, e.g. 1.</param>
    /// <param name="sets">(inputs [n, d], labels in {0, 1}) per data set, e.g. training and test.</param>
    /// <returns>errors[s][k]: the error of draw k on set s.</returns>
    public double[][] SampledErrors(int samples, int seed, params (double[,] X, int[] Labels)[] sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var rows = sets.Select(s => Rows(s.X)).ToArray();
        var rng = new MersenneTwister(seed);
        var (noise, theta, hidden) = (new double[ParameterCount], new double[ParameterCount], new double[Width]);
        var errors = sets.Select(_ => new double[samples]).ToArray();
        for (var k = 0; k < samples; k++)
        {
            Normal.Samples(rng, noise, 0, 1);
            for (var j = 0; j < theta.Length; j++) theta[j] = _mean[j] + Math.Exp(_logSigma[j]) * noise[j];
            for (var s = 0; s < sets.Length; s++)
            {
                var wrong = 0;
                for (var i = 0; i < rows[s].Length; i++)
                    if ((Forward(theta, rows[s][i], hidden) > 0 ? 1 : 0) != sets[s].Labels[i]) wrong++;
                errors[s][k] = wrong / (double)rows[s].Length;
            }
        }
        return errors;
    }

    /// <summary>
    /// The relaxed bound at θ = μ + σ ⊙ ε and its gradient with respect to (μ, ln σ, ln λ), laid out as [P], [P], [1].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimized first JIT tier
    internal (double Value, double[] Gradient) ObjectiveAndGradient(double[][] rows, IReadOnlyList<int> labels, double[] noise, double delta)
    {
        var (n, p, blockW) = (rows.Length, ParameterCount, Width * InputDim);
        var sigma = _logSigma.Select(Math.Exp).ToArray();
        var theta = new double[p];
        for (var j = 0; j < p; j++) theta[j] = _mean[j] + sigma[j] * noise[j];
        var (thetaGradient, hidden) = (new double[p], new double[Width]);
        var surrogate = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = Forward(theta, rows[i], hidden);                      // hidden = W x_i
            surrogate += Math.Max(f, 0) + Math.Log(1 + Math.Exp(-Math.Abs(f))) - labels[i] * f; // logistic loss, stable
            var e = (1 / (1 + Math.Exp(-f)) - labels[i]) / (n * Math.Log(2));  // ∂(mean loss / ln 2)/∂f
            for (var r = 0; r < Width; r++)
            {
                if (hidden[r] <= 0) continue;
                thetaGradient[blockW + r] += e * hidden[r];                // ∂f/∂v_r = ϱ(w_r·x)
                Spans.AddScaled(thetaGradient.AsSpan(r * InputDim, InputDim), e * theta[blockW + r], rows[i]); // v_r x
            }
        }
        surrogate /= n * Math.Log(2);
        var lambda = Math.Exp(_logPriorVariance);
        var kl = 0.0;
        for (var j = 0; j < p; j++)
        {
            var shift = _mean[j] - _priorMean[j];
            kl += (sigma[j] * sigma[j] + shift * shift) / lambda - 1 + _logPriorVariance - 2 * _logSigma[j];
        }
        kl /= 2;
        var complexity = Math.Sqrt((kl + Math.Log(2 * Math.Sqrt(n) / delta)) / (2 * n));
        var dComplexity = 1 / (4 * n * complexity);                        // ∂√((KL + c)/(2n))/∂KL
        var gradient = new double[2 * p + 1];
        var dLogLambda = 0.0;
        for (var j = 0; j < p; j++)
        {
            var shift = _mean[j] - _priorMean[j];
            gradient[j] = thetaGradient[j] + dComplexity * shift / lambda;                                  // μ
            gradient[p + j] = thetaGradient[j] * noise[j] * sigma[j] + dComplexity * (sigma[j] * sigma[j] / lambda - 1); // ln σ
            dLogLambda += 0.5 * (1 - (sigma[j] * sigma[j] + shift * shift) / lambda);
        }
        gradient[2 * p] = dComplexity * dLogLambda;                       // ln λ
        return (surrogate + complexity, gradient);
    }

    /// <summary>The rows of x as arrays, checked against d.</summary>
    internal double[][] Rows(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(1) != InputDim) throw new ArgumentException($"Inputs need {InputDim} columns, got {x.GetLength(1)}.", nameof(x));
        return Enumerable.Range(0, x.GetLength(0)).Select(i => Enumerable.Range(0, InputDim).Select(k => x[i, k]).ToArray()).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Forward(double[] theta, double[] input, double[] hidden)
    {
        var blockW = Width * InputDim;
        var f = 0.0;
        for (var r = 0; r < Width; r++)
        {
            hidden[r] = Spans.Dot(theta.AsSpan(r * InputDim, InputDim), input);
            if (hidden[r] > 0) f += theta[blockW + r] * hidden[r];
        }
        return f;
    }

    /// <summary>Adam (Kingma and Ba 2015) with PyTorch's defaults over the concatenation (μ, ln σ, ln λ).</summary>
    private sealed class Adam(int count, double lr)
    {
        private readonly double[] _m = new double[count], _v = new double[count];
        private int _t;

        public void Step(double[] gradient, double[] mean, double[] logSigma, ref double logPriorVariance)
        {
            _t++;
            var (c1, c2) = (1 - Math.Pow(0.9, _t), 1 - Math.Pow(0.999, _t));
            for (var j = 0; j < count; j++)
            {
                _m[j] = 0.9 * _m[j] + 0.1 * gradient[j];
                _v[j] = 0.999 * _v[j] + 0.001 * gradient[j] * gradient[j];
                var update = lr * (_m[j] / c1) / (Math.Sqrt(_v[j] / c2) + 1e-8);
                if (j < mean.Length) mean[j] -= update;
                else if (j < 2 * mean.Length) logSigma[j - mean.Length] -= update;
                else logPriorVariance -= update;
            }
        }
    }
}
