using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>The kit's one training loop: minimize a loss over a TorchSharp model with a given optimizer.</summary>
/// <remarks>
/// Empirical risk minimization by a gradient method, Berner et al., Section 1.2 (the optimization error) and
/// Section 5 (optimization of deep networks). Each step draws a batch, computes the loss, back-propagates, updates the
/// parameters and records the loss. Every step runs inside <c>torch.NewDisposeScope()</c>, so the tensors it creates
/// are freed when it ends and memory stays flat however long the run. Introduced in chapter 00 (foundations).
/// </remarks>
public static class Trainer
{
    /// <summary>Trains <paramref name="model"/> on (inputs, targets) and returns the loss after every step.</summary>
    /// <param name="model">The network, e.g. from <c>Architectures.Mlp.Create</c>; its parameters are updated in place.</param>
    /// <param name="optimizer">An optimizer over the model's parameters, e.g. <c>Optimizers.Adam(model.parameters(), lr: 1e-2)</c> or <c>torch.optim.SGD(…)</c>; its state persists across calls.</param>
    /// <param name="loss">Loss of (model output, target batch), a scalar tensor, e.g. <see cref="Losses.CrossEntropy"/> or <c>(y, t) => (y - t).pow(2).mean()</c>.</param>
    /// <param name="inputs">Training inputs, shape [n, d], the model's dtype; the caller keeps ownership.</param>
    /// <param name="targets">Training targets, first dimension n: labels [n] (int64) or values [n] / [n, 1].</param>
    /// <param name="options">Steps, batch size, seed and reporting interval; e.g. <c>new TrainingOptions { Steps = 1000 }</c>.</param>
    /// <param name="progress">Receives (step, loss) every <see cref="TrainingOptions.ReportEvery"/> steps, e.g. to draw a progress bar; may be null.</param>
    /// <param name="cancellationToken">Checked before every step, as is <see cref="Interruption.Token"/>; cancelling stops training with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The loss at every step and the elapsed time.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled; the model keeps the updates made so far.</exception>
    public static TrainingHistory Fit(
        nn.Module<Tensor, Tensor> model,
        optim.Optimizer optimizer,
        Func<Tensor, Tensor, Tensor> loss,
        Tensor inputs,
        Tensor targets,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Validate(model, optimizer, loss, inputs, targets, options);
        torch.manual_seed(options.Seed); // determinism for anything random inside the model (e.g. dropout)
        var batches = new BatchSampler(inputs.shape[0], options.BatchSize, options.Seed);
        var losses = new List<double>(options.Steps);
        var clock = Stopwatch.StartNew();
        var interrupt = Interruption.Token; // a notebook's interrupt (Jupyter's stop button) ends training cleanly
        model.train();

        for (var step = 1; step <= options.Steps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            interrupt.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope(); // frees every tensor this step creates

            var (x, y) = batches.Next(inputs, targets); // [batch, d], [batch, ...]
            optimizer.zero_grad();
            var output = model.call(x);                 // [batch, outputs]
            var value = loss(output, y);                // scalar
            value.backward();
            optimizer.step();

            losses.Add(value.ToDouble());
            if (step % options.ReportEvery == 0 || step == options.Steps)
                progress?.Report(new TrainingProgress(step, options.Steps, losses[^1]));
        }

        return new TrainingHistory(losses, clock.Elapsed);
    }

    private static void Validate(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer,
        Func<Tensor, Tensor, Tensor> loss, Tensor inputs, Tensor targets, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Steps, 1, nameof(options.Steps));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReportEvery, 1, nameof(options.ReportEvery));
        if (options.BatchSize is < 1) throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        if (inputs.dim() == 0 || targets.dim() == 0 || inputs.shape[0] != targets.shape[0])
            throw new ArgumentException(
                $"Inputs [{string.Join(", ", inputs.shape)}] and targets [{string.Join(", ", targets.shape)}] must have the same first dimension n.");
    }
}
