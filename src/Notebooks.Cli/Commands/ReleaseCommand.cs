using System.CommandLine;
using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Grading;
using Notebooks.Execution.Packages;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>What `kit release` was asked to do.</summary>
/// <param name="Paths">Instructor notebooks or folders; empty for <c>notebooks/</c>.</param>
/// <param name="OutputDirectory">Where the student versions go (never the instructor's folder).</param>
/// <param name="CellTimeout">Limit per cell of the verification runs.</param>
public sealed record ReleaseCommandOptions(IReadOnlyList<string> Paths, string OutputDirectory, TimeSpan CellTimeout);

/// <summary>`kit release [PATH ...] --output-dir DIR`: verifies each notebook's exercises, then writes the student versions.</summary>
public static class ReleaseCommand
{
    private static readonly Argument<string[]> PathsArgument = NotebookInputs.PathsArgument();

    private static readonly Option<string> OutputDirOption = new("--output-dir")
    {
        Description = "Write the student versions into DIR (required; never the instructor's folder)",
        HelpName = "DIR",
        Required = true,
    };

    private static readonly Option<int> TimeoutOption = CommandOptions.Timeout("Stop a cell of the verification runs that takes longer than SECONDS (default 600)", 600);

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("release", "Verify the exercises and write the student version of each notebook") { PathsArgument, OutputDirOption, TimeoutOption };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () => ExecuteAsync(
            new ReleaseCommandOptions(
                parsed.GetValue(PathsArgument) ?? [],
                parsed.GetValue(OutputDirOption)!,
                TimeSpan.FromSeconds(parsed.GetValue(TimeoutOption))),
            console, Directory.GetCurrentDirectory(), ct)));
        return command;
    }

    /// <summary>
    /// Loads and checks the format of every notebook (exit 2 on bad input, nothing written), runs each twice (the
    /// solution must pass every test, the stub must fail every test), and writes all releases atomically only when
    /// every notebook verified (exit 0); otherwise prints each problem and writes nothing (exit 1).
    /// </summary>
    public static async Task<int> ExecuteAsync(ReleaseCommandOptions options, IAnsiConsole console, string workingDirectory, CancellationToken ct)
    {
        var notebooks = NotebookInputs.LoadAll(options.Paths, workingDirectory);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory, workingDirectory);
        foreach (var notebook in notebooks)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(notebook.Path!)) == outputDirectory.TrimEnd(Path.DirectorySeparatorChar))
                throw new UsageException($"{Rel(notebook)}: --output-dir is the notebook's own folder; the release would overwrite the solutions");
            try
            {
                ExerciseNotebook.Find(notebook);
            }
            catch (ExerciseFormatException e)
            {
                throw new UsageException(e.Message.Replace(notebook.Path!, Rel(notebook), StringComparison.Ordinal));
            }
        }

        var runOptions = new RunOptions
        {
            Environment = RunOptions.DeterministicTorchEnvironment,
            CellTimeout = options.CellTimeout,
            PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory),
        };
        var releases = new List<(Notebook Source, ReleaseVerification Verification)>();
        var problems = 0;
        foreach (var notebook in notebooks)
        {
            console.WriteLine($"{Rel(notebook)}: verifying (runs the solutions, then the stubs)");
            var verification = await ReleaseVerifier.VerifyAsync(notebook, runOptions, null, ct);
            foreach (var problem in verification.Problems)
                console.MarkupLineInterpolated($"[red]{problem}[/]");
            problems += verification.Problems.Count;
            var tests = verification.Exercises.Sum(e => e.Tests.Count);
            if (verification.Succeeded)
                console.WriteLine($"{Rel(notebook)}: {verification.Exercises.Count} exercises, {tests} tests: each passes on the solution and fails on the stub");
            releases.Add((notebook, verification));
        }

        if (problems > 0)
        {
            console.MarkupLineInterpolated($"[red]kit: {problems} problem(s); nothing was written[/]");
            return ExitCodes.Failed;
        }

        Directory.CreateDirectory(outputDirectory);
        foreach (var (source, verification) in releases)
        {
            var target = Path.Combine(outputDirectory, Path.GetFileName(source.Path!));
            NotebookFile.WriteAtomically(target, verification.Release);
            console.WriteLine($"wrote {Shown(workingDirectory, target)}");
        }

        return ExitCodes.Success;

        string Rel(Notebook n) => Shown(workingDirectory, n.Path!);
    }

    /// <summary>A path as messages show it: relative below the working directory, absolute elsewhere.</summary>
    internal static string Shown(string workingDirectory, string path)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
