using System.Diagnostics;
using static Benchmarks.Measure;

namespace Benchmarks;

/// <summary>
/// An instructor's wait: <c>kit grade</c> on 30 submissions of chapter 00 with <c>--parallel 2</c>, through the real
/// command. Half the submissions are the untouched student release (graded zero), half the instructor's solutions
/// (full marks), so the grader runs every test both ways.
/// </summary>
internal static class GradingThroughput
{
    private const int Submissions = 30;
    private const string Chapter = "00-foundations";

    public static IReadOnlyList<Row> Run()
    {
        var source = Path.Combine(Repository.Root, "notebooks", Chapter + ".ipynb");
        var work = Directory.CreateTempSubdirectory("kit-bench-grade-").FullName;
        try
        {
            Progress($"grading: kit release {Chapter} (verifies the exercises: two runs of the chapter)");
            var release = Path.Combine(work, "release");
            var releaseSeconds = Seconds(() => Repository.Run(Repository.Dotnet, [Repository.KitDll, "release", source, "--output-dir", release]));
            var submissions = Directory.CreateDirectory(Path.Combine(work, "submissions")).FullName;
            for (var i = 1; i <= Submissions; i++)
            {
                var from = i % 2 == 0 ? source : Path.Combine(release, Chapter + ".ipynb");
                File.Copy(from, Path.Combine(submissions, $"student{i:D2}.ipynb"));
            }

            Progress($"grading: kit grade, {Submissions} submissions, --parallel 2");
            var grades = Path.Combine(work, "grades");
            var watch = Stopwatch.StartNew();
            Repository.Run(Repository.Dotnet, [Repository.KitDll, "grade", submissions, "--source", source, "--output-dir", grades, "--parallel", "2"]);
            var seconds = watch.Elapsed.TotalSeconds;
            var csv = File.ReadAllLines(Directory.GetFiles(grades, "*.csv").Single());
            return
            [
                new("grading", $"kit release {Chapter} (verification included)", S(releaseSeconds), ""),
                new("grading", $"kit grade, {Submissions} submissions of {Chapter}, --parallel 2", S(seconds),
                    $"{S(seconds / Submissions)} per submission; CSV has {csv.Length - 1} rows"),
            ];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
