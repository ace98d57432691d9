using Benchmarks;
using Notebooks.Execution;
using static Benchmarks.Measure;

// How fast the kit is, measured on this machine in one run, printed as one Markdown table (`./kit bench`).
// Sections that load libtorch run in child processes of this program, with the environment they measure.
// `--only executor,kernel,chapters,training,gemm,memory,grading` runs a subset.
var sections = args.Length == 2 && args[0] == "--only" ? args[1].Split(',') : ["executor", "kernel", "chapters", "training", "gemm", "memory", "grading"];
if (args.Length == 2 && args[0] == "--section") return RunSection(args[1]);

var machine = MachineInfo.Read();
var loadBefore = LoadAverage();
var self = typeof(Row).Assembly.Location;
var rows = new List<Row>();
foreach (var section in sections)
{
    rows.AddRange(section switch
    {
        "executor" => await EngineLatency.RunAsync(),
        "kernel" => KernelRoundTrip.Run(),
        "grading" => GradingThroughput.Run(),
        "chapters" => await ChapterTimes.RunAsync(),
        "training" => Child("training", RunOptions.DeterministicTorchEnvironment),
        "memory" => Child("memory", RunOptions.DeterministicTorchEnvironment),
        "gemm" => GemmThroughput.Run(machine,
            env => double.Parse(Repository.Run(Repository.Dotnet, [self, "--section", "gemm"], env), Invariant),
            RunOptions.DeterministicTorchEnvironment),
        _ => throw new ArgumentException($"unknown section '{section}'"),
    });
}

Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}; load average at the start: {loadBefore}.");
Console.WriteLine();
Console.WriteLine("| section | measurement | result | against |");
Console.WriteLine("| --- | --- | --- | --- |");
foreach (var row in rows) Console.WriteLine($"| {row.Section} | {row.What} | {row.Value} | {row.Against} |");
return 0;

IReadOnlyList<Row> Child(string section, IReadOnlyDictionary<string, string> environment)
{
    Progress($"{section}: in a child process with the chapters' environment");
    return Repository.Run(Repository.Dotnet, [self, "--section", section], environment)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))
        .Select(f => new Row(f[0], f[1], f[2], f[3])).ToList();
}

static int RunSection(string section)
{
    if (section == "gemm")
    {
        Console.WriteLine(GemmThroughput.Measure().ToString("R", Invariant));
        return 0;
    }

    var rows = section switch
    {
        "training" => TrainingThroughput.Run(),
        "memory" => MemoryStability.Run(),
        _ => throw new ArgumentException($"unknown child section '{section}'"),
    };
    foreach (var row in rows) Console.WriteLine($"{row.Section}\t{row.What}\t{row.Value}\t{row.Against}");
    return 0;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
