using System.CommandLine;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary>
/// <c>ocds combine-release-packages</c> and <c>ocds combine-record-packages</c>: many packages into one, keeping the
/// first package's metadata and every package's extensions. The metadata is written after the list (see
/// <see cref="PackageWriter"/>) so that the packages are read only once.
/// </summary>
internal static class CombinePackagesCommand
{
    public static Command CreateForReleases(CommandConsole console) =>
        Create(console, "combine-release-packages", "release", OcdsItemKind.Release, OcdsItemKind.ReleasePackage);

    public static Command CreateForRecords(CommandConsole console) =>
        Create(console, "combine-record-packages", "record", OcdsItemKind.Record, OcdsItemKind.RecordPackage);

    private static Command Create(CommandConsole console, string name, string noun, OcdsItemKind itemKind, OcdsItemKind packageKind)
    {
        var files = OcdsCommand.FilesArgument();
        var publisher = new PublisherOptions();
        var command = new Command(name, $"Combine {noun} packages (from files or standard input) into one {noun} package.");
        command.Arguments.Add(files);
        publisher.AddTo(command);
        command.SetAction(parse =>
        {
            var metadata = new PackageMetadata();
            var unreadable = false;
            using (var package = itemKind == OcdsItemKind.Record ? PackageWriter.ForRecords(console.Output) : PackageWriter.ForReleases(console.Output))
            {
                foreach (var item in InputFiles.Read(parse.GetValue(files), console, () => unreadable = true))
                {
                    if (item.Kind == packageKind) metadata.Absorb((JsonObject)item.ToNode()!);
                    else if (item.Path.Length == 0) console.Report($"{item.Location}: this is not a {noun} package; it was left out.");
                    else if (item.Kind == itemKind && item.IsObject) package.Write(item.Utf8Json.Span);
                    else if (item.Kind == itemKind) console.Report($"{item.Location}: a {noun} must be a JSON object, but this is {item.DescribeKindOfValue()}; it was left out.");
                }
                package.Complete(publisher.Apply(metadata, parse, console.Time));
            }
            console.Output.WriteByte((byte)'\n');
            return OcdsCommand.ExitCode(console, unreadable);
        });
        return command;
    }
}
