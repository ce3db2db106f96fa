using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Packaging;

/// <summary>Builds OCDS records: one contracting process's releases with its compiled and versioned release.</summary>
public static class Records
{
    /// <summary>
    /// A record for <paramref name="ocid"/>. Releases are embedded whole, unless <paramref name="linkTo"/> gives the
    /// address of the release package that holds them, in which case each is linked by <c>url</c>, <c>date</c> and
    /// <c>tag</c>. Nothing given is changed: what goes into the record is a copy.
    /// </summary>
    public static JsonObject Build(string ocid, IEnumerable<JsonNode> releases, JsonObject compiledRelease,
        JsonObject? versionedRelease = null, string? linkTo = null)
    {
        var list = new JsonArray();
        foreach (var release in releases) list.Add(linkTo is null ? release.DeepClone() : Link(release, linkTo));
        var record = new JsonObject
        {
            ["ocid"] = ocid,
            ["releases"] = list,
            ["compiledRelease"] = compiledRelease.DeepClone(),
        };
        if (versionedRelease is not null) record["versionedRelease"] = versionedRelease.DeepClone();
        return record;
    }

    /// <summary>A linked release: where it was published (the package's address and the release's id), its date and tags.</summary>
    public static JsonObject Link(JsonNode release, string packageUri)
    {
        var link = new JsonObject { ["url"] = $"{packageUri}#{release["id"]}" };
        if (release["date"] is { } date) link["date"] = date.DeepClone();
        if (release["tag"] is { } tag) link["tag"] = tag.DeepClone();
        return link;
    }
}
