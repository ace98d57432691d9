using System.Diagnostics;
using DeepMath.Training;
using TorchSharp;
using static Benchmarks.Measure;
using static TorchSharp.torch;

namespace Benchmarks;

/// <summary>
/// Steps per second of the library's training loop (<see cref="Trainer.Fit"/>) against the loop a reader would write
/// by hand in TorchSharp, on the same model, data, batches and optimizer. Runs in a child process with the chapters'
/// deterministic environment (one thread, MKL's COMPATIBLE branch), so the figures are what a chapter gets.
/// </summary>
internal static class TrainingThroughput
{
    private const int Steps = 400;
    private const int Repetitions = 7;
    private const int BatchSize = DigitsWorkload.BatchSize;

    public static IReadOnlyList<Row> Run()
    {
        using var data = new DigitsWorkload();
        var (x, y) = (data.X, data.Y);
        Library(x, y, 50); Raw(x, y, 50);                       // warm up libtorch, the JIT and the allocator
        var library = new List<double>();
        var raw = new List<double>();
        for (var i = 0; i < Repetitions; i++)                   // alternate, so drift in the machine hits both alike
        {
            library.Add(Steps / Library(x, y, Steps));
            raw.Add(Steps / Raw(x, y, Steps));
        }

        var ratio = Median(library) / Median(raw);
        return
        [
            new("training", $"Trainer.Fit, {DigitsWorkload.Description}, batch {BatchSize}, Adam (median of {Repetitions} × {Steps} steps)",
                $"{F(Median(library), "F0")} steps/s", $"hand-written loop {F(Median(raw), "F0")} steps/s: {F(100 * ratio)} % (goal ≥ 95 %)"),
        ];
    }

    private static double Library(Tensor x, Tensor y, int steps)
    {
        using var model = DigitsWorkload.NewModel();
        using var adam = Optimizers.Adam(model.parameters(), lr: DigitsWorkload.LearningRate);
        var watch = Stopwatch.StartNew();
        Trainer.Fit(model, adam, Losses.CrossEntropy, x, y, new TrainingOptions { Steps = steps, BatchSize = BatchSize, Seed = 0 });
        return watch.Elapsed.TotalSeconds;
    }

    // What a reader would write: shuffle, slice a batch, forward, loss, backward, step, one dispose scope per step.
    private static double Raw(Tensor x, Tensor y, int steps)
    {
        using var model = DigitsWorkload.NewModel();
        using var adam = Optimizers.Adam(model.parameters(), lr: DigitsWorkload.LearningRate);
        var n = x.shape[0];
        var order = Enumerable.Range(0, (int)n).Select(i => (long)i).ToArray();
        var random = new Random(0);
        var position = order.Length;
        model.train();
        var watch = Stopwatch.StartNew();
        for (var step = 0; step < steps; step++)
        {
            using var scope = torch.NewDisposeScope();
            if (position >= order.Length) { random.Shuffle(order); position = 0; }
            var count = Math.Min(BatchSize, order.Length - position);
            var index = torch.tensor(order.AsSpan(position, count).ToArray(), ScalarType.Int64);
            position += count;
            adam.zero_grad();
            var loss = nn.functional.cross_entropy(model.call(x.index_select(0, index)), y.index_select(0, index));
            loss.backward();
            adam.step();
        }

        return watch.Elapsed.TotalSeconds;
    }
}
