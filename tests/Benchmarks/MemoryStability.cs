using System.Diagnostics;
using DeepMath.Training;
using TorchSharp;
using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>
/// Resident memory and live native tensors across 10,000 training steps of <see cref="Trainer.Fit"/>: with one dispose
/// scope per step both should stay flat. Sampled every 1000 steps, on the training thread (TorchSharp counts live
/// tensors per thread).
/// </summary>
internal static class MemoryStability
{
    private const int Steps = 10_000;
    private const int Every = 1000;

    public static IReadOnlyList<Row> Run()
    {
        using var data = new DigitsWorkload();
        using var model = DigitsWorkload.NewModel();
        using var adam = Optimizers.Adam(model.parameters(), lr: DigitsWorkload.LearningRate);
        var samples = new List<(int Step, double Megabytes, long LiveTensors)>();
        var sampler = new Sampler(p => samples.Add((p.Step, ResidentMegabytes(), DisposeScopeManager.Statistics.ThreadTotalLiveCount)));
        sampler.Report(new TrainingProgress(0, Steps, double.NaN));
        Trainer.Fit(model, adam, Losses.CrossEntropy, data.X, data.Y,
            new TrainingOptions { Steps = Steps, BatchSize = DigitsWorkload.BatchSize, Seed = 0, ReportEvery = Every }, sampler);

        var afterWarmUp = samples.First(s => s.Step == Every); // the first 1000 steps grow the allocator's pools
        var last = samples[^1];
        return
        [
            new("memory", $"resident set over {Steps:N0} Trainer.Fit steps (step {Every} → {Steps})",
                $"{F(afterWarmUp.Megabytes)} → {F(last.Megabytes)} MB",
                $"range {F(samples.Skip(1).Min(s => s.Megabytes))}–{F(samples.Skip(1).Max(s => s.Megabytes))} MB from step {Every} on; {F(samples[0].Megabytes)} MB before the first step (goal: flat)"),
            new("memory", $"live native tensors over {Steps:N0} steps (step {Every} → {Steps})",
                $"{afterWarmUp.LiveTensors} → {last.LiveTensors}",
                $"range {samples.Skip(1).Min(s => s.LiveTensors)}–{samples.Skip(1).Max(s => s.LiveTensors)} from step {Every} on; {samples[0].LiveTensors} before the first step (goal: flat)"),
        ];
    }

    private static double ResidentMegabytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / (1024.0 * 1024.0);
    }

    private sealed class Sampler(Action<TrainingProgress> onReport) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => onReport(value);
    }
}
