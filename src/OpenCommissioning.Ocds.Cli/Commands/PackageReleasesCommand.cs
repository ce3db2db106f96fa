using System.CommandLine;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary><c>ocds package-releases</c>: wraps releases in one release package.</summary>
internal static class PackageReleasesCommand
{
    public static Command Create(CommandConsole console)
    {
        var files = OcdsCommand.FilesArgument();
        var publisher = new PublisherOptions();
        var command = new Command("package-releases", "Wrap releases (from files or standard input) in one release package.");
        command.Arguments.Add(files);
        publisher.AddTo(command);
        command.SetAction(parse =>
        {
            var metadata = publisher.Apply(new PackageMetadata(), parse, console.Time);
            var unreadable = false;
            using (var package = PackageWriter.ForReleases(console.Output, metadata))
            {
                foreach (var item in InputFiles.Read(parse.GetValue(files), console, () => unreadable = true))
                {
                    if (item.Kind != OcdsItemKind.Release) continue;
                    if (!item.IsObject)
                    {
                        console.Report($"{item.Location}: a release must be a JSON object, but this is {item.DescribeKindOfValue()}; it was left out.");
                        continue;
                    }
                    package.Write(item.Utf8Json.Span);
                }
                package.Complete();
            }
            console.Output.WriteByte((byte)'\n');
            return OcdsCommand.ExitCode(console, unreadable);
        });
        return command;
    }
}
