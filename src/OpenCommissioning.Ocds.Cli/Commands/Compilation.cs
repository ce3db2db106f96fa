using System.Text.Json.Nodes;
using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary>
/// Merges each group of releases, leaving out a release that cannot be merged (and saying so) rather than the
/// whole contracting process, and writes the results.
/// </summary>
internal sealed class Compilation(Merger merger, CommandConsole console, bool versioned)
{
    public void WriteReleases(ReleasesByOcid groups)
    {
        using var lines = new JsonLines(console.Output);
        foreach (var group in groups.Groups())
        {
            var merged = Merge(group, compile: !versioned);
            if (merged is not null) lines.Write(versioned ? merged.Value.Versioned! : merged.Value.Compiled!);
        }
    }

    public void WriteRecordPackage(ReleasesByOcid groups, PackageMetadata metadata, string? linkTo)
    {
        using (var package = PackageWriter.ForRecords(console.Output, metadata))
        {
            foreach (var group in groups.Groups())
            {
                var merged = Merge(group, compile: true);
                if (merged is null) continue;
                var (releases, compiled, versionedRelease) = merged.Value;
                package.Write(Records.Build(group.Ocid, releases, compiled!, versionedRelease, linkTo));
            }
            package.Complete();
        }
        console.Output.WriteByte((byte)'\n');
    }

    /// <summary>Compiles (when asked) and versions (when the command was asked to) one group.</summary>
    private (List<JsonNode> Releases, JsonObject? Compiled, JsonObject? Versioned)? Merge(ReleaseGroup group, bool compile)
    {
        var releases = group.Releases.Select(r => (Node: JsonNode.Parse(r.Utf8Json.Span)!, r.Location)).ToList();
        while (releases.Count > 0)
        {
            var nodes = releases.Select(r => r.Node).ToList();
            try
            {
                var compiled = compile ? merger.Compile(nodes) : null;
                var versionedResult = versioned ? merger.Versioned(nodes) : null;
                foreach (var warning in (compiled ?? versionedResult)!.Warnings)
                    console.Note($"ocid {group.Ocid}: {warning.Message} (at {warning.Path})");
                return (nodes, compiled?.Release, versionedResult?.Release);
            }
            catch (OcdsMergeException e) when (e.ReleaseIndex >= 0 && e.ReleaseIndex < releases.Count)
            {
                console.Report($"{releases[e.ReleaseIndex].Location}: {Explain(e)} It was left out of the compiled release of {group.Ocid}.");
                releases.RemoveAt(e.ReleaseIndex);
            }
            catch (OcdsMergeException e)
            {
                console.Report($"{group.Releases[0].Location}: the releases of {group.Ocid} cannot be compiled: {Explain(e)}");
                return null;
            }
        }
        return null;
    }

    private static string Explain(OcdsMergeException e) =>
        e.Path.Length == 0 || e.Message.Contains(e.Path, StringComparison.Ordinal) ? e.Message : $"{e.Message} (at {e.Path})";
}
