using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// The OCDS checks that look across a whole package rather than at one value against its schema: release and
/// record identity, ocid prefixes and the OCDS version. Also counts releases and contracting processes.
/// </summary>
internal sealed partial class PackageChecks(FindingSink sink)
{
    public int Releases { get; private set; }
    public HashSet<string> Ocids { get; } = new(StringComparer.Ordinal);

    [GeneratedRegex("^ocds-[a-z0-9]{6}")]
    private static partial Regex OcidPrefix();

    public void CheckVersion(JsonElement package)
    {
        if (package.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            && version.GetString() is not ("1.0" or "1.1"))
            sink.Report("ocds.version", Severity.Error, "version", version.GetString(),
                $"The OCDS version '{version.GetString()}' is not one this validator knows: use \"1.1\" (or \"1.0\" for old data).");
    }

    public void CheckReleasePackage(JsonElement package)
    {
        if (!package.TryGetProperty("releases", out var releases) || releases.ValueKind != JsonValueKind.Array) return;
        var seen = new HashSet<(string, string)>();
        var index = 0;
        foreach (var release in releases.EnumerateArray())
        {
            var at = $"releases/{index++}";
            Releases++;
            if (release.ValueKind != JsonValueKind.Object) continue;
            var ocid = CheckOcid(release, at);
            if (ocid is null || !release.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) continue;
            if (!seen.Add((ocid, id.GetString()!)))
                sink.Report("ocds.duplicate-release-id", Severity.Error, $"{at}/id", id.GetString(),
                    $"Another release for '{ocid}' has the id '{id.GetString()}'; each release of a contracting process needs its own id.");
        }
    }

    public void CheckRecordPackage(JsonElement package)
    {
        if (!package.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            var at = $"records/{index++}";
            if (record.ValueKind != JsonValueKind.Object) continue;
            if (record.TryGetProperty("releases", out var releases) && releases.ValueKind == JsonValueKind.Array)
                Releases += releases.GetArrayLength();
            if (CheckOcid(record, at) is { } ocid && !seen.Add(ocid))
                sink.Report("ocds.duplicate-record-ocid", Severity.Error, $"{at}/ocid", ocid,
                    $"Another record has the ocid '{ocid}'; a record package holds one record per contracting process.");
        }
    }

    public void CheckRelease(JsonElement release)
    {
        Releases++;
        CheckOcid(release, "");
    }

    private string? CheckOcid(JsonElement releaseOrRecord, string at)
    {
        if (!releaseOrRecord.TryGetProperty("ocid", out var value) || value.ValueKind != JsonValueKind.String) return null;
        var ocid = value.GetString()!;
        Ocids.Add(ocid);
        if (!OcidPrefix().IsMatch(ocid))
            sink.Report("ocds.ocid-prefix", Severity.Warning, at.Length == 0 ? "ocid" : $"{at}/ocid", ocid,
                $"The ocid '{ocid}' does not start with an ocid prefix such as 'ocds-a1b2c3' (ocds- and six lowercase letters or digits); register a prefix with the Open Contracting Partnership.");
        return ocid;
    }
}
