using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Bench;

/// <summary>
/// Builds the benchmark's input by replaying the shared Contracts Finder samples with fresh ocids: one release
/// package of the 100 sample releases per line (as the Contracts Finder API pages them), until the file is big enough.
/// </summary>
internal static class InputBuilder
{
    public static (long Bytes, int Releases, int Packages) Build(string samplesFolder, string path, long minimumBytes)
    {
        var releases = Directory.GetFiles(Path.Combine(samplesFolder, "releases"), "*.json").Order()
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        var page = JsonNode.Parse(File.ReadAllText(Path.Combine(samplesFolder, "packages", "page-with-one-release.json")))!.AsObject();
        page.Remove("releases");
        page.Remove("links");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var packages = 0;
        var count = 0;
        while (file.Length < minimumBytes)
        {
            using (var writer = new Utf8JsonWriter(file))
            {
                writer.WriteStartObject();
                foreach (var (name, value) in page) { writer.WritePropertyName(name); value!.WriteTo(writer); }
                writer.WriteStartArray("releases");
                foreach (var release in releases)
                {
                    var copy = release.DeepClone().AsObject();
                    copy["ocid"] = $"{release["ocid"]}-{packages}";
                    copy.WriteTo(writer);
                    count++;
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            file.WriteByte((byte)'\n');
            packages++;
        }
        return (file.Length, count, packages);
    }
}
