using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary>
/// <c>ocds compile</c>: one compiled (or versioned) release per ocid, as JSON lines, or a record package. The input is
/// read once into a temporary file grouped by ocid (see <see cref="ReleasesByOcid"/>), so memory grows with the
/// largest contracting process, not with the input.
/// </summary>
internal static class CompileCommand
{
    public static Command Create(CommandConsole console)
    {
        var files = OcdsCommand.FilesArgument();
        var versioned = new Option<bool>("--versioned") { Description = "Give versioned releases (with --package: add them to the records)." };
        var package = new Option<bool>("--package") { Description = "Give one record package instead of JSON lines." };
        var linked = new Option<bool>("--linked-releases") { Description = "With --package: link the releases by url instead of embedding them." };
        var schema = new Option<FileInfo?>("--schema") { Description = "A release schema (with extensions) to take the merge rules from." };
        var publisher = new PublisherOptions();
        var command = new Command("compile", "Merge the releases of each contracting process (ocid) into its compiled release.");
        command.Arguments.Add(files);
        foreach (var option in new Option[] { versioned, package, linked, schema }) command.Options.Add(option);
        publisher.AddTo(command);
        command.SetAction(parse =>
        {
            var rules = ReadRules(parse.GetValue(schema), console);
            if (rules is null) return InputFiles.Unreadable;
            var unreadable = false;
            var metadata = new PackageMetadata();
            using var groups = new ReleasesByOcid();
            foreach (var item in InputFiles.Read(parse.GetValue(files), console, () => unreadable = true))
            {
                Collect(item, groups, metadata, console);
            }
            var compilation = new Compilation(new Merger(rules), console, parse.GetValue(versioned));
            if (parse.GetValue(package))
            {
                var linkTo = parse.GetValue(linked) ? metadata.Uri ?? "" : null;
                compilation.WriteRecordPackage(groups, publisher.Apply(metadata, parse, console.Time), linkTo);
            }
            else
            {
                compilation.WriteReleases(groups);
            }
            return OcdsCommand.ExitCode(console, unreadable);
        });
        return command;
    }

    private static MergeRules? ReadRules(FileInfo? schema, CommandConsole console)
    {
        if (schema is null) return MergeRules.Default;
        try
        {
            using var stream = schema.OpenRead();
            return MergeRules.FromSchema(JsonNode.Parse(stream) ?? throw new JsonException("The file holds only null."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Report($"{schema.Name}: the schema cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            console.Report($"{schema.Name}: this is not a release schema that merge rules can be read from: {e.Message}");
        }
        return null;
    }

    private static void Collect(OcdsItem item, ReleasesByOcid groups, PackageMetadata metadata, CommandConsole console)
    {
        switch (item.Kind)
        {
            case OcdsItemKind.ReleasePackage or OcdsItemKind.RecordPackage:
                metadata.Absorb((JsonObject)item.ToNode()!);
                return;
            case OcdsItemKind.Record:
                CollectRecord(item, groups, console);
                return;
        }
        if (!item.IsObject)
        {
            console.Report($"{item.Location}: a release must be a JSON object, but this is {item.DescribeKindOfValue()}; it was left out.");
            return;
        }
        var ocid = item.ReadOcid();
        if (ocid is null) console.Report($"{item.Location}: the release has no \"ocid\" (or it is not text), so it cannot be compiled; it was left out.");
        else groups.Add(ocid, item.Utf8Json.Span, item.Location);
    }

    private static void CollectRecord(OcdsItem item, ReleasesByOcid groups, CommandConsole console)
    {
        var record = item.ToNode() as JsonObject;
        var ocid = record?["ocid"]?.GetValueKind() == JsonValueKind.String ? (string?)record["ocid"] : null;
        if (ocid is null || record!["releases"] is not JsonArray releases)
        {
            console.Report($"{item.Location}: the record has no \"ocid\" or no \"releases\", so it cannot be compiled; it was left out.");
            return;
        }
        for (var i = 0; i < releases.Count; i++)
        {
            var location = $"{item.Location} releases[{i}]";
            if (releases[i] is JsonObject release && release.ContainsKey("url") && !release.ContainsKey("id"))
                console.Report($"{location}: the release is only linked (by url), not embedded, so it cannot be compiled; it was left out.");
            else groups.Add(ocid, JsonSerializer.SerializeToUtf8Bytes(releases[i]), location);
        }
    }
}
