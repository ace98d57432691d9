namespace DeepMath.Training;

/// <summary>How long and on what batches <see cref="Trainer.Fit"/> trains; every field has a documented default.</summary>
/// <remarks>Gradient-based training as in Berner et al., Section 1.2 ("optimization") and Section 5.</remarks>
public sealed record TrainingOptions
{
    /// <summary>Number of optimizer steps (parameter updates); default 1000.</summary>
    public int Steps { get; init; } = 1000;

    /// <summary>Samples per step, drawn without replacement from a seeded shuffle that is renewed every epoch; null (default) uses the full batch.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Seed of the batch shuffle and of <c>torch.manual_seed</c> at the start of training; default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Report progress every this many steps (and always at the last step); default 10.</summary>
    public int ReportEvery { get; init; } = 10;

    /// <summary>Options for a number of epochs, each one pass over n samples in batches of <paramref name="batchSize"/>.</summary>
    /// <param name="epochs">Passes over the data, e.g. 20.</param>
    /// <param name="n">Number of training samples, e.g. 1347.</param>
    /// <param name="batchSize">Samples per step, e.g. 64; the last batch of an epoch may be smaller.</param>
    /// <param name="seed">Seed of the shuffle, e.g. 0.</param>
    /// <returns>Options with Steps = epochs·⌈n / batchSize⌉.</returns>
    public static TrainingOptions ForEpochs(int epochs, int n, int batchSize, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return new TrainingOptions { Steps = epochs * ((n + batchSize - 1) / batchSize), BatchSize = batchSize, Seed = seed };
    }
}
