using System.CommandLine;
using System.Text;
using Notebooks.Cli.Grading;
using Notebooks.Cli.Progress;
using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Grading;
using Notebooks.Execution.Packages;
using Spectre.Console;

namespace Notebooks.Cli.Commands;

/// <summary>What `kit grade` was asked to do.</summary>
/// <param name="Submissions">Student notebooks or folders of them.</param>
/// <param name="Source">The instructor's notebook (with solutions and hidden tests).</param>
/// <param name="OutputDirectory">Where feedback and <c>grades.csv</c> go.</param>
/// <param name="Parallel">Submissions graded at once, each in its own worker process.</param>
/// <param name="Limits">Time and memory limits per submission.</param>
public sealed record GradeCommandOptions(IReadOnlyList<string> Submissions, string Source, string OutputDirectory, int Parallel, GradeOptions Limits);

/// <summary>`kit grade SUBMISSION ... --source NOTEBOOK [--output-dir DIR] [--parallel N]`: autogrades exercises.</summary>
public static class GradeCommand
{
    /// <summary>The class's CSV inside the output folder.</summary>
    public const string CsvFileName = "grades.csv";

    private static readonly Argument<string[]> SubmissionsArgument = new("SUBMISSION")
    {
        Description = "Student notebooks, or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> SourceOption = new("--source")
    {
        Description = "The instructor's notebook: solutions and hidden tests (required)",
        HelpName = "NOTEBOOK",
        Required = true,
    };

    private static readonly Option<string> OutputDirOption = new("--output-dir")
    {
        Description = "Write feedback (Markdown, HTML) and grades.csv into DIR (default grades)",
        HelpName = "DIR",
        DefaultValueFactory = _ => "grades",
    };

    private static readonly Option<int> ParallelOption = CommandOptions.Parallel("Grade N submissions at once, each in its own process (default 1)");

    private static readonly Option<int> TimeoutOption = CommandOptions.Timeout("Stop a cell that runs longer than SECONDS (default 60)", 60);

    private static readonly Option<int> MemoryOption = new("--memory-mb")
    {
        Description = "Cap each submission's managed heap at MB mebibytes (default 2048)",
        HelpName = "MB",
        DefaultValueFactory = _ => 2048,
    };

    static GradeCommand()
    {
        MemoryOption.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError("--memory-mb must be a positive number"); });
    }

    /// <summary>Declares the command; its action runs with <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("grade", "Grade student notebooks against the instructor's: feedback per student and a CSV")
        {
            SubmissionsArgument, SourceOption, OutputDirOption, ParallelOption, TimeoutOption, MemoryOption,
        };
        command.SetAction((parsed, ct) => KitCommandLine.ActAsync(console, () => ExecuteAsync(
            new GradeCommandOptions(
                parsed.GetValue(SubmissionsArgument) ?? [],
                parsed.GetValue(SourceOption)!,
                parsed.GetValue(OutputDirOption)!,
                parsed.GetValue(ParallelOption),
                new GradeOptions
                {
                    CellTimeout = TimeSpan.FromSeconds(parsed.GetValue(TimeoutOption)),
                    MemoryLimitMiB = parsed.GetValue(MemoryOption),
                }),
            console, Directory.GetCurrentDirectory(), ct)));
        return command;
    }

    /// <summary>
    /// Checks the inputs (exit 2: missing files, a source that is not a notebook or has no exercises), verifies the
    /// source as a release would (exit 1 if it is broken), grades every submission (a broken or hostile one is graded
    /// as far as possible and noted, never stopping the batch), writes feedback and the CSV atomically. Exit 0 when
    /// every submission could be read, 1 otherwise.
    /// </summary>
    public static async Task<int> ExecuteAsync(GradeCommandOptions options, IAnsiConsole console, string workingDirectory, CancellationToken ct)
    {
        var sourcePath = Path.GetFullPath(options.Source, workingDirectory);
        var source = NotebookInputs.LoadAll([options.Source], workingDirectory).Single();
        IReadOnlyList<Exercise> exercises;
        try
        {
            exercises = ExerciseNotebook.Find(source);
        }
        catch (ExerciseFormatException e)
        {
            throw new UsageException(e.Message);
        }

        if (exercises.Count == 0)
            throw new UsageException($"{options.Source}: the notebook has no exercises (cells tagged 'exercise' and 'tests')");
        var submissions = NotebookDiscovery.Find(options.Submissions, workingDirectory).Where(p => p != sourcePath).ToList();
        if (submissions.Count == 0)
            throw new UsageException("no submissions to grade (only the source was given)");

        var limits = options.Limits with
        {
            Run = new RunOptions { Environment = RunOptions.DeterministicTorchEnvironment, PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory) },
        };
        console.WriteLine($"{options.Source}: checking the source (solutions pass, stubs fail)");
        var verification = await ReleaseVerifier.VerifyAsync(source, limits.For(Path.GetDirectoryName(sourcePath)!), null, ct);
        if (!verification.Succeeded)
        {
            foreach (var problem in verification.Problems)
                console.MarkupLineInterpolated($"[red]{problem}[/]");
            console.MarkupLine("[red]kit: the source does not verify, so nothing was graded[/]");
            return ExitCodes.Failed;
        }

        var context = new GradingContext(source, verification.Exercises);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory, workingDirectory);
        Directory.CreateDirectory(outputDirectory);
        var shown = submissions.Select(p => Notebook.Parse(context.Release.ToJson(), p)).ToList();
        var grades = new SubmissionGrade[submissions.Count];
        await RunReporter.For(console, workingDirectory).RunAsync(shown, async (index, progress) =>
        {
            // Failing tests are what grading measures, not an error of the run: show those cells as completed.
            var testsCells = exercises.Select(e => e.TestsCellIndex).ToHashSet();
            var quiet = new Relay(e => progress.Report(
                e is CellCompleted { Failure: CellFailedException } done && testsCells.Contains(done.CellIndex) ? done with { Failure = null } : e));
            var grade = await SubmissionGrader.GradeAsync(context, submissions[index], limits, quiet, ct);
            grades[index] = grade;
            return new NotebookSummary(Path.GetRelativePath(workingDirectory, submissions[index]), shown[index].Cells.Code.Count(), grade.Incidents.Count, 0, grade.Elapsed);
        }, options.Parallel, ct);

        var assignment = Path.GetFileNameWithoutExtension(sourcePath);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = grades.Select(g => g with { Student = Unique(g.Student, names) }).ToList();
        foreach (var grade in named)
        {
            Write(Path.Combine(outputDirectory, grade.Student + ".md"), Feedback.ToMarkdown(grade, assignment));
            Write(Path.Combine(outputDirectory, grade.Student + ".html"), Feedback.ToHtml(grade, assignment));
        }

        Write(Path.Combine(outputDirectory, CsvFileName), Feedback.ToCsv(named, exercises));
        WriteTable(console, named);
        console.WriteLine($"wrote feedback and {ReleaseCommand.Shown(workingDirectory, Path.Combine(outputDirectory, CsvFileName))}");
        var unreadable = named.Count(g => g.Incidents.Any(i => i.StartsWith("the submission could not be read", StringComparison.Ordinal)));
        return unreadable == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private sealed class Relay(Action<CellEvent> report) : IProgress<CellEvent>
    {
        public void Report(CellEvent value) => report(value);
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++) candidate = $"{name}-{i}";
        return candidate;
    }

    private static void Write(string path, string text) =>
        NotebookFile.WriteAtomically(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<SubmissionGrade> grades)
    {
        var table = new Table().AddColumns("student", "points", "of", "notes", "seconds");
        foreach (var grade in grades)
        {
            table.AddRow(
                Markup.Escape(grade.Student),
                Feedback.Points(grade.Total),
                Feedback.Points(grade.Max),
                grade.Incidents.Count == 0 ? "" : $"[yellow]{grade.Incidents.Count}[/]",
                grade.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
