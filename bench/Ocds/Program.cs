using System.Diagnostics;
using OpenCommissioning.Ocds.Bench;

// Parent: builds the input once, then times each phase in its own process so that each peak memory is its own.
// Child (--phase NAME FILE): does one phase and prints "seconds peakBytes".
if (args is ["--phase", var phase, var file])
{
    var watch = Stopwatch.StartNew();
    Phases.Run(phase, file);
    Console.WriteLine($"{watch.Elapsed.TotalSeconds:F3} {PeakMemory()}");
    return 0;
}

var root = FindRoot();
var sizeMb = args is ["--size-mb", var size] ? long.Parse(size) : 200;
var input = Path.Combine(root, "artifacts", "bench", $"ocds-{sizeMb}mb.jsonl");
var samples = Path.Combine(root, "tests", "OpenCommissioning.Ocds.Tests", "TestData", "contracts-finder");
Console.WriteLine($"Building {input} ({sizeMb} MB or more) from the Contracts Finder samples…");
var (bytes, releases, packages) = InputBuilder.Build(samples, input, sizeMb * 1024 * 1024);
Console.WriteLine($"{bytes / 1048576.0:F0} MB, {releases:N0} releases in {packages:N0} release packages, {packages * 96:N0} ocids");
Console.WriteLine();

var results = new Dictionary<string, (double Seconds, long Peak)>();
foreach (var name in new[] { "floor", "compile", "validate" })
{
    results[name] = RunPhase(name, input);
    var (seconds, peak) = results[name];
    var ratio = seconds / results["floor"].Seconds;
    Console.WriteLine($"{name,-9} {seconds,8:F2} s {releases / seconds,10:N0} releases/s {bytes / 1048576.0 / seconds,7:F1} MB/s  peak {peak / 1048576.0,6:F0} MB  {ratio,5:F2}× floor");
}
Console.WriteLine();
Console.WriteLine($"Targets: compile ≤ 3× floor ({(results["compile"].Seconds / results["floor"].Seconds <= 3 ? "met" : "missed")}), " +
                  $"validate ≤ 10× floor ({(results["validate"].Seconds / results["floor"].Seconds <= 10 ? "met" : "missed")}).");
return 0;

static (double, long) RunPhase(string name, string input)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!, ["--phase", name, input]) { RedirectStandardOutput = true };
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    if (child.ExitCode != 0) throw new InvalidOperationException($"The {name} phase failed: {output}");
    var parts = output.Split(' ');
    return (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[1]));
}

static long PeakMemory()
{
    // VmHWM is the resident set's high-water mark: the most memory the process ever held.
    var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) : null;
    return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}

static string FindRoot()
{
    var folder = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(folder, "OpenCommissioning.slnx"))) folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("Run from inside the repository.");
    return folder;
}
