using DeepMath.Architectures;
using DeepMath.Data;
using DeepMath.Training;
using TorchSharp;

namespace DeepMath.Tests.Training;

public class InterruptionTests
{
    // The host's provider answers per async flow, so training in tests running in parallel is not interrupted.
    private static readonly AsyncLocal<CancellationToken> FlowToken = new();

    static InterruptionTests() =>
        AppContext.SetData("Notebooks.InterruptToken", (Func<CancellationToken>)(() => FlowToken.Value));

    [Fact]
    public void training_stops_between_steps_when_the_notebook_host_interrupts()
    {
        using var scope = torch.NewDisposeScope();
        var data = Spirals.Generate(50, noise: 0.02, seed: 0);
        var x = Tensors.ToTensor(data.X);
        var labels = Tensors.ToTensor(data.Labels);
        using var model = Mlp.Create(2, [8], 2, seed: 0);
        using var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);
        using var interrupt = new CancellationTokenSource();
        var steps = 0;
        var progress = new SyncProgress<TrainingProgress>(p =>
        {
            steps = p.Step;
            if (p.Step == 5) interrupt.Cancel(); // the reader presses stop after step 5
        });
        FlowToken.Value = interrupt.Token;

        Assert.Throws<OperationCanceledException>(() => Trainer.Fit(model, optimizer, Losses.CrossEntropy, x, labels,
            new TrainingOptions { Steps = 1000, ReportEvery = 1, Seed = 0 }, progress));
        Assert.Equal(5, steps);
    }

    [Fact]
    public void outside_a_notebook_host_the_token_is_never_cancelled()
    {
        FlowToken.Value = default;

        Assert.False(Interruption.Token.CanBeCanceled);
    }
}
