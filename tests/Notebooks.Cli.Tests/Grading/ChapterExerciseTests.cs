using Notebooks.Documents;
using Notebooks.Execution;
using Notebooks.Execution.Grading;
using Notebooks.Execution.Packages;
using TestSupport;

namespace Notebooks.Cli.Tests.Grading;

/// <summary>Every chapter in notebooks/ that has exercises: its release verifies, the solutions get full marks, the release zero.</summary>
[Collection("cli")]
public sealed class ChapterExerciseTests
{
    private static IEnumerable<string> ChaptersWithExercises() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal)
            .Where(p => ExerciseNotebook.Find(Notebook.Load(p)).Count > 0);

    [Fact]
    public async Task every_chapter_with_exercises_verifies_and_grades_full_for_the_solutions_and_zero_for_the_release()
    {
        var limits = new GradeOptions
        {
            CellTimeout = TimeSpan.FromMinutes(5),
            Run = new RunOptions { Environment = RunOptions.DeterministicTorchEnvironment, PackageResolver = new PackageResolver(PackageResolver.DefaultCacheDirectory) },
        };
        var problems = new List<string>();
        foreach (var path in ChaptersWithExercises())
        {
            var chapter = Notebook.Load(path);
            var verification = await ReleaseVerifier.VerifyAsync(chapter, limits.For(Path.GetDirectoryName(path)!));
            problems.AddRange(verification.Problems);
            if (!verification.Succeeded) continue;
            var context = new GradingContext(chapter, verification.Exercises);
            var folder = Directory.CreateTempSubdirectory("kit-chapter-grade-").FullName;
            try
            {
                var release = Path.Combine(folder, Path.GetFileName(path));
                NotebookFile.WriteAtomically(release, verification.Release);
                var full = await SubmissionGrader.GradeAsync(context, path, limits);
                var zero = await SubmissionGrader.GradeAsync(context, release, limits);
                if (full.Total != full.Max) problems.Add($"{Path.GetFileName(path)}: the solutions get {full.Total} of {full.Max}: {string.Join("; ", full.Incidents)}");
                if (zero.Total != 0) problems.Add($"{Path.GetFileName(path)}: the untouched release gets {zero.Total}");
                if (full.Incidents.Count + zero.Incidents.Count > 0) problems.Add($"{Path.GetFileName(path)}: incidents: {string.Join("; ", full.Incidents.Concat(zero.Incidents))}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
