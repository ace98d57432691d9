using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Training;
using TorchSharp;

namespace DeepMath.Smoke;

/// <summary>A seconds-long end-to-end run (data, model, training loop, evaluation) for the CLI to try before any notebook runs.</summary>
/// <remarks>
/// Two spirals of 200 points each (noise 0.02, seed 0), an MLP 2 → 64 → 64 → 2 with ReLU (seed 0), Adam with learning
/// rate 0.01, full-batch cross-entropy. A width-64, depth-3 ReLU network fits this training set (Berner et al.,
/// Section 1.1 and Section 4 on expressivity); the kit's tests require a training accuracy of at least 0.98.
/// </remarks>
public static class SpiralsExperiment
{
    /// <summary>Default number of optimizer steps: 600.</summary>
    public const int DefaultSteps = 600;

    /// <summary>Trains the MLP on two spirals and reports loss, accuracy and time.</summary>
    /// <param name="progress">Receives (step, loss) every 10 steps, e.g. for a progress bar; may be null.</param>
    /// <param name="cancellationToken">Stops training before the next step when cancelled.</param>
    /// <param name="steps">Optimizer steps, e.g. <see cref="DefaultSteps"/>.</param>
    /// <returns>Steps, final loss, training accuracy and seconds.</returns>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static SpiralsSummary Run(IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default, int steps = DefaultSteps)
    {
        var data = Spirals.Generate(nPerClass: 200, noise: 0.02, seed: 0);
        using var scope = torch.NewDisposeScope(); // frees the data tensors, model and optimizer state at the end
        var x = Tensors.ToTensor(data.X);           // [400, 2]
        var labels = Tensors.ToTensor(data.Labels); // [400]
        using var model = Mlp.Create(2, [64, 64], 2, seed: 0);
        using var optimizer = Optimizers.Adam(model.parameters(), lr: 0.01);

        var history = Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels,
            new TrainingOptions { Steps = steps, Seed = 0 }, progress, cancellationToken);

        var accuracy = Evaluation.Accuracy(model, x, labels);
        return new SpiralsSummary(history.Steps, history.FinalLoss, accuracy, history.Elapsed.TotalSeconds);
    }
}
