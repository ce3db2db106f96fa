using System.Text;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Cli;

namespace OpenCommissioning.Ocds.Tests.Cli;

/// <summary>One in-process run of the <c>ocds</c> command with captured streams.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Now = new(2025, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static CommandRun Of(string input, params string[] args)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exitCode = OcdsCommand.Run(args, new CommandConsole(stdin, stdout, stderr, new FixedTime(Now)));
        return new CommandRun(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public List<JsonObject> Lines() =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    public JsonObject Single() => Assert.Single(Lines());

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
