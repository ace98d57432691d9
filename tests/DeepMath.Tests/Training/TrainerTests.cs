using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Training;

public class TrainerTests
{
    // Two spirals with 2 turns and noise 0.05 (200 points each, seed 0): not linearly separable, but a 2-64-64-2 ReLU MLP
    // fits them. Measured with Adam (lr 0.01), batches of 64, 1000 steps: accuracy 0.98 / 0.9825 / 0.985 for seeds 0 / 1 / 2.
    private static readonly LabelledDataset HardSpirals = Spirals.Generate(200, noise: 0.05, seed: 0, turns: 2);

    private static (TrainingHistory History, double Accuracy) TrainOnSpirals(int[] hidden, TrainingOptions options)
    {
        using var scope = torch.NewDisposeScope();
        var x = Tensors.ToTensor(HardSpirals.X);           // [400, 2]
        var labels = Tensors.ToTensor(HardSpirals.Labels); // [400]
        using var model = Mlp.Create(2, hidden, 2, seed: options.Seed);
        using var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);
        var history = Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels, options);
        return (history, Evaluation.Accuracy(model, x, labels));
    }

    [Fact]
    public void an_mlp_on_two_spirals_with_minibatches_reaches_a_training_accuracy_of_at_least_0_95()
    {
        var (history, accuracy) = TrainOnSpirals([64, 64], new TrainingOptions { Steps = 1000, BatchSize = 64, Seed = 0 });

        Assert.True(accuracy >= 0.95, $"training accuracy {accuracy} after {history}");
        Assert.Equal(1000, history.Loss.Count);
        Assert.True(history.FinalLoss < history.Loss[0] / 5, history.ToString());
    }

    [Fact]
    public void a_linear_model_cannot_separate_two_spirals()
    {
        // The control that makes the test above meaningful: without hidden layers the accuracy stays near chance.
        var (_, accuracy) = TrainOnSpirals([], new TrainingOptions { Steps = 1000, Seed = 0 });

        Assert.InRange(accuracy, 0.4, 0.7);
    }

    [Fact]
    public void training_with_the_same_seed_gives_the_same_loss_curve_and_another_seed_a_different_one()
    {
        var options = new TrainingOptions { Steps = 50, BatchSize = 32, Seed = 3 };

        var first = TrainOnSpirals([16], options).History.Loss;
        var second = TrainOnSpirals([16], options).History.Loss;
        var other = TrainOnSpirals([16], options with { Seed = 4 }).History.Loss;

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void an_mlp_fits_a_smooth_1d_target_in_float64_by_mean_squared_error()
    {
        var data = Regression.Grid(Targets.Sine(), 64);
        using var scope = torch.NewDisposeScope();
        var x = Tensors.ToTensor(data.X, ScalarType.Float64); // [64, 1]
        var y = Tensors.ToTensor(data.Y, ScalarType.Float64); // [64]
        using var model = Mlp.Create(1, [32, 32], 1, Activation.Tanh, ScalarType.Float64, seed: 1);
        using var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);

        var history = Trainer.Fit(model, optimizer, Losses.MeanSquaredError, x, y, new TrainingOptions { Steps = 1500 });

        // sin(2πx) has variance 1/2 on the grid; a fit explaining 99 % of it has MSE below 5e-3.
        Assert.True(history.FinalLoss < 5e-3, history.ToString());
        var predicted = Evaluation.Predict(model, data.X, ScalarType.Float64);
        Assert.Equal(data.Y[16], predicted[16, 0], 0.2);
    }

    [Fact]
    public void training_leaves_no_live_tensors_behind_so_memory_stays_flat()
    {
        using var scope = torch.NewDisposeScope();
        var x = Tensors.ToTensor(HardSpirals.X);
        var labels = Tensors.ToTensor(HardSpirals.Labels);
        using var model = Mlp.Create(2, [32], 2);
        using var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);
        var options = new TrainingOptions { Steps = 5, BatchSize = 50 };
        Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels, options); // creates Adam's state once
        var stats = DisposeScopeManager.Statistics;
        var (liveBefore, createdBefore) = (stats.ThreadTotalLiveCount, stats.CreatedInScopeCount);

        Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels, options with { Steps = 200 });

        Assert.True(stats.CreatedInScopeCount - createdBefore > 200 * 5, "each step creates tensors");
        Assert.Equal(liveBefore, stats.ThreadTotalLiveCount);
    }

    [Fact]
    public void progress_is_reported_every_report_interval_and_at_the_last_step()
    {
        var reports = new List<TrainingProgress>();
        using var scope = torch.NewDisposeScope();
        using var model = Mlp.Create(2, [8], 2);
        using var optimizer = torch.optim.SGD(model.parameters(), 0.1);

        var history = Trainer.Fit(model, optimizer, Losses.CrossEntropy, Tensors.ToTensor(HardSpirals.X),
            Tensors.ToTensor(HardSpirals.Labels), new TrainingOptions { Steps = 25, ReportEvery = 10 },
            new SyncProgress<TrainingProgress>(reports.Add));

        Assert.Equal(new[] { 10, 20, 25 }, reports.Select(r => r.Step));
        Assert.All(reports, r => Assert.Equal(history.Loss[r.Step - 1], r.Loss));
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.StartsWith("step 25/25: loss ", reports[^1].ToString());
    }

    [Fact]
    public void cancelling_stops_training_before_the_next_step()
    {
        using var cancellation = new CancellationTokenSource();
        var steps = new List<int>();
        var progress = new SyncProgress<TrainingProgress>(p =>
        {
            steps.Add(p.Step);
            if (p.Step == 20) cancellation.Cancel();
        });
        using var scope = torch.NewDisposeScope();
        using var model = Mlp.Create(2, [8], 2);
        using var optimizer = torch.optim.SGD(model.parameters(), 0.1);

        Assert.ThrowsAny<OperationCanceledException>(() => Trainer.Fit(model, optimizer, Losses.CrossEntropy,
            Tensors.ToTensor(HardSpirals.X), Tensors.ToTensor(HardSpirals.Labels),
            new TrainingOptions { Steps = 1000, ReportEvery = 1 }, progress, cancellation.Token));

        Assert.Equal(Enumerable.Range(1, 20), steps);
    }

    [Fact]
    public void an_already_cancelled_token_leaves_the_model_untouched()
    {
        using var scope = torch.NewDisposeScope();
        using var model = Mlp.Create(2, [8], 2);
        using var optimizer = torch.optim.SGD(model.parameters(), 0.1);
        var before = model.parameters().Select(Tensors.ToArray).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => Trainer.Fit(model, optimizer, Losses.CrossEntropy,
            Tensors.ToTensor(HardSpirals.X), Tensors.ToTensor(HardSpirals.Labels), new TrainingOptions { Steps = 10 },
            cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(before, model.parameters().Select(Tensors.ToArray));
    }

    [Fact]
    public void mismatched_inputs_and_targets_are_rejected_before_training()
    {
        using var scope = torch.NewDisposeScope();
        using var model = Mlp.Create(2, [8], 2);
        using var optimizer = torch.optim.SGD(model.parameters(), 0.1);

        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, optimizer, Losses.CrossEntropy,
            torch.zeros(10, 2), torch.zeros(9, ScalarType.Int64), new TrainingOptions()));
        Assert.Contains("[10, 2]", error.Message);
    }

    [Fact]
    public void epochs_convert_to_steps_by_rounding_the_batches_per_epoch_up()
    {
        var options = TrainingOptions.ForEpochs(epochs: 3, n: 100, batchSize: 32, seed: 7);

        Assert.Equal((12, 32, 7), (options.Steps, options.BatchSize!.Value, options.Seed));
    }
}
