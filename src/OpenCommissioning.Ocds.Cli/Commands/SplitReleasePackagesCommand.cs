using System.CommandLine;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary>
/// <c>ocds split-release-packages N</c>: each release package into packages of at most N releases, one per line,
/// each with its package's metadata. A package's releases wait in a temporary file until its metadata has been read,
/// since a publisher may write metadata after the releases.
/// </summary>
internal static class SplitReleasePackagesCommand
{
    public static Command Create(CommandConsole console)
    {
        var size = new Argument<int>("size") { Description = "The most releases to put in each package." };
        var files = OcdsCommand.FilesArgument();
        var command = new Command("split-release-packages", "Split release packages into smaller release packages, one per line.");
        command.Arguments.Add(size);
        command.Arguments.Add(files);
        command.SetAction(parse =>
        {
            var most = parse.GetValue(size);
            if (most < 1)
            {
                console.Report("The size must be a whole number of at least 1.");
                return InputFiles.Unreadable;
            }
            var unreadable = false;
            using var spool = new ReleaseSpool();
            var waiting = new List<(long Offset, int Length)>();
            foreach (var item in InputFiles.Read(parse.GetValue(files), console, () => unreadable = true))
            {
                if (item.Kind == OcdsItemKind.ReleasePackage)
                {
                    var metadata = PackageMetadata.FromPackage((JsonObject)item.ToNode()!);
                    foreach (var chunk in waiting.Chunk(most)) WritePackage(console, metadata, spool, chunk);
                    waiting.Clear();
                }
                else if (item.Path.Length == 0) console.Report($"{item.Location}: this is not a release package; it was left out.");
                else if (item.Kind == OcdsItemKind.Release && item.IsObject) waiting.Add((spool.Append(item.Utf8Json.Span), item.Utf8Json.Length));
                else if (item.Kind == OcdsItemKind.Release) console.Report($"{item.Location}: a release must be a JSON object, but this is {item.DescribeKindOfValue()}; it was left out.");
            }
            return OcdsCommand.ExitCode(console, unreadable);
        });
        return command;
    }

    private static void WritePackage(CommandConsole console, PackageMetadata metadata, ReleaseSpool spool, (long Offset, int Length)[] chunk)
    {
        using (var package = PackageWriter.ForReleases(console.Output, metadata))
        {
            foreach (var (offset, length) in chunk) package.Write(spool.Read(offset, length));
            package.Complete();
        }
        console.Output.WriteByte((byte)'\n');
    }
}
