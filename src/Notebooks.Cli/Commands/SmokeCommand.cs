using System.CommandLine;
using System.Globalization;
using DeepMath.Smoke;
using DeepMath.Training;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>`kit smoke`: trains the library's smoke experiment (an MLP on two spirals) with a progress bar.</summary>
/// <remarks>The quickest end-to-end check that TorchSharp loads and trains on this machine.</remarks>
public static class SmokeCommand
{
    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("smoke", "Train a small MLP on two spirals: checks that TorchSharp loads and trains here");
        command.SetAction((_, ct) => ExecuteAsync(console, ct));
        return command;
    }

    /// <summary>Runs the experiment; exit 0 when it reaches its accuracy, 1 otherwise.</summary>
    public static async Task<int> ExecuteAsync(IAnsiConsole console, CancellationToken ct)
    {
        SpiralsSummary? summary = null;
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask("spirals MLP", maxValue: SpiralsExperiment.DefaultSteps);
            var progress = new Progress<TrainingProgress>(p => task.Value = p.Step);
            summary = await Task.Run(() => SpiralsExperiment.Run(progress, ct), ct);
            task.Value = task.MaxValue;
        });
        var s = summary!;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"steps {s.Steps}, final loss {s.FinalLoss:G4}, training accuracy {s.TrainingAccuracy:P1}, {s.Seconds:F2} s");
        console.WriteLine(text);
        return s.TrainingAccuracy >= 0.95 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
