using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepMath.Generalization;

/// <summary>
/// A stochastic two-layer ReLU network without biases, f_θ(x) = vᵀϱ(Wx) with θ = (W, v) ~ Q = N(μ, diag σ²), and the
/// optimization of a PAC-Bayes bound over μ, σ and the prior variance λ of P = N(θ₀, λI) (Dziugaite and Roy 2017).
/// </summary>
/// <remarks>
/// θ is one flat vector: W row by row ([N, d]), then v ([N]). The prior is centred at the random initialisation θ₀,
/// which is drawn before the data are seen, so it is a legitimate PAC-Bayes prior. The objective, minimized by Adam
/// with the reparametrization θ = μ + σ ⊙ ε, ε ~ N(0, I), is a differentiable upper bound on the PAC-Bayes risk bound:
/// the logistic loss divided by ln 2 (at least the 0-1 loss) plus √((KL(Q ‖ P) + ln(2√n/δ))/(2n)) (Pinsker's relaxation
/// of <see cref="PacBayes.Bound"/>). The final bound is then computed with the exact kl inverse, λ rounded to
/// <see cref="PacBayes.PriorVariances"/>. Computations run in float64. Paper, Section 2. Introduced in chapter 02.
/// </remarks>
public sealed class GaussianPosterior : IDisposable
{
    private readonly Parameter _mean;             // μ [P]
    private readonly Parameter _logSigma;         // ln σ [P]
    private readonly Parameter _logPriorVariance; // ln λ, a scalar
    private readonly Tensor _priorMean;           // θ₀ [P]

    private GaussianPosterior(double[] mean, double[] priorMean, int inputDim, int width, double sigma, double priorVariance)
    {
        (InputDim, Width) = (inputDim, width);
        _mean = new Parameter(torch.tensor(mean, ScalarType.Float64));
        _logSigma = new Parameter(torch.full(mean.Length, Math.Log(sigma), ScalarType.Float64));
        _logPriorVariance = new Parameter(torch.tensor(Math.Log(priorVariance), ScalarType.Float64));
        _priorMean = torch.tensor(priorMean, ScalarType.Float64);
    }

    /// <summary>The input dimension d.</summary>
    public int InputDim { get; }

    /// <summary>The hidden width N.</summary>
    public int Width { get; }

    /// <summary>The number of parameters P = N·d + N.</summary>
    public int ParameterCount => Width * InputDim + Width;

    /// <summary>The posterior mean μ (a copy).</summary>
    public double[] Mean => Training.Tensors.ToArray(_mean);

    /// <summary>The posterior standard deviations σ (a copy).</summary>
    public double[] Sigma => Training.Tensors.ToArray(_logSigma.exp());

    /// <summary>The prior variance λ as currently optimized (round it to the grid before computing a bound).</summary>
    public double PriorVariance => _logPriorVariance.exp().ToDouble();

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

    /// <summary>The outputs vᵀϱ(Wx) of the network with parameters θ on a batch of inputs.</summary>
    /// <param name="theta">Flat parameters [P], float64.</param>
    /// <param name="x">Inputs [n, d], float64.</param>
    /// <returns>Outputs [n] (logits: the predicted class is 1 where positive).</returns>
    public Tensor Forward(Tensor theta, Tensor x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(x);
        var w = theta[..(Width * InputDim)].view(Width, InputDim);    // [N, d]
        var v = theta[(Width * InputDim)..];                          // [N]
        return nn.functional.relu(x.matmul(w.t())).matmul(v);         // [n]
    }

    /// <summary>KL(Q ‖ P) for a given prior variance λ.</summary>
    /// <param name="priorVariance">λ, e.g. a value of <see cref="PacBayes.PriorVariances"/>.</param>
    /// <returns>The divergence in nats; equals <see cref="PacBayes.GaussianKl"/> of <see cref="Mean"/>, <see cref="Sigma"/>.</returns>
    public double Kl(double priorVariance)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        return Kl(torch.tensor(Math.Log(priorVariance), ScalarType.Float64)).ToDouble();
    }

    /// <summary>Minimizes the relaxed PAC-Bayes bound by Adam over μ, ln σ and ln λ, one sampled network per step.</summary>
    /// <param name="x">Training inputs [n, d], float64.</param>
    /// <param name="labels">Training labels in {0, 1}, [n], float64.</param>
    /// <param name="steps">Adam steps, e.g. 1500.</param>
    /// <param name="lr">Adam's learning rate, e.g. 0.01.</param>
    /// <param name="delta">δ of the bound, e.g. 0.025.</param>
    /// <param name="seed">Seed of the noise ε, e.g. 0.</param>
    /// <returns>The objective at every step.</returns>
    public double[] Optimize(Tensor x, Tensor labels, int steps, double lr, double delta, int seed)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var n = (int)x.shape[0];
        var confidence = Math.Log(2 * Math.Sqrt(n) / delta);
        using var adam = torch.optim.Adam([_mean, _logSigma, _logPriorVariance], lr: lr);
        var generator = new Generator((ulong)seed);
        var objective = new double[steps];
        for (var step = 0; step < steps; step++)
        {
            using var scope = torch.NewDisposeScope();
            adam.zero_grad();
            var theta = _mean + _logSigma.exp() * torch.randn(_mean.shape, ScalarType.Float64, generator: generator); // θ ~ Q
            var surrogate = nn.functional.binary_cross_entropy_with_logits(Forward(theta, x), labels) / Math.Log(2);
            var bound = surrogate + ((Kl(_logPriorVariance) + confidence) / (2 * n)).sqrt();
            bound.backward();
            adam.step();
            objective[step] = bound.ToDouble();
        }
        return objective;
    }

    /// <summary>The 0-1 errors of <paramref name="samples"/> networks drawn from Q, on each of the given data sets.</summary>
    /// <param name="samples">K, e.g. 500.</param>
    /// <param name="seed">Seed of the draws, e.g. 1.</param>
    /// <param name="sets">(inputs [n, d] float64, labels in {0, 1} [n] float64) per data set, e.g. training and test.</param>
    /// <returns>errors[s][k]: the error of draw k on set s.</returns>
    /// <remarks>Draws are evaluated 100 at a time as one batched product, so the cost is a few tensor operations per batch.</remarks>
    public double[][] SampledErrors(int samples, int seed, params (Tensor X, Tensor Labels)[] sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        using var noGrad = torch.no_grad();
        var generator = new Generator((ulong)seed);
        var errors = sets.Select(_ => new List<double>(samples)).ToList();
        for (var start = 0; start < samples; start += 100)
        {
            using var scope = torch.NewDisposeScope();
            var count = Math.Min(100, samples - start);
            var theta = _mean + _logSigma.exp() * torch.randn([count, ParameterCount], ScalarType.Float64, generator: generator); // [K, P]
            var w = theta[.., ..(Width * InputDim)].view(count, Width, InputDim);   // [K, N, d]
            var v = theta[.., (Width * InputDim)..].unsqueeze(2);                     // [K, N, 1]
            for (var s = 0; s < sets.Length; s++)
            {
                var hidden = nn.functional.relu(w.matmul(sets[s].X.t()));             // [K, N, n]
                var predicted = (hidden * v).sum(1).gt(0).to_type(ScalarType.Float64); // [K, n]
                var wrong = predicted.ne(sets[s].Labels.unsqueeze(0)).to_type(ScalarType.Float64).mean([1L]); // [K]
                errors[s].AddRange(Training.Tensors.ToArray(wrong));
            }
        }
        return errors.Select(e => e.ToArray()).ToArray();
    }

    /// <summary>Frees the tensors.</summary>
    public void Dispose()
    {
        _mean.Dispose();
        _logSigma.Dispose();
        _logPriorVariance.Dispose();
        _priorMean.Dispose();
    }

    private Tensor Kl(Tensor logPriorVariance)
    {
        var variance = (2 * _logSigma).exp();
        var shift = (_mean - _priorMean).pow(2);
        return 0.5 * ((variance + shift) / logPriorVariance.exp() - 1 + logPriorVariance - 2 * _logSigma).sum();
    }
}
