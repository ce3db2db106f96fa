using System.Reflection;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds;

/// <summary>
/// The OCDS 1.1.5 schemas, codelists and the extensions UK publishers use, embedded in this assembly so that
/// nothing is ever fetched from the network. Names are paths under <c>Schema/</c>, such as
/// <c>release-schema.json</c>, <c>codelists/tenderStatus.csv</c> or
/// <c>extensions/ocds_lots_extension/release-schema.json</c>.
/// </summary>
public static class EmbeddedSchemas
{
    private const string Prefix = "OpenCommissioning.Ocds.";
    private static readonly Assembly Assembly = typeof(EmbeddedSchemas).Assembly;

    public const string ReleaseSchema = "release-schema.json";
    public const string ReleasePackageSchema = "release-package-schema.json";
    public const string RecordPackageSchema = "record-package-schema.json";
    public const string VersionedReleaseValidationSchema = "versioned-release-validation-schema.json";

    /// <summary>Every embedded name, for example to list the extensions that ship with the library.</summary>
    public static IEnumerable<string> Names =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'));

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(Prefix + name) is not null;

    public static string ReadText(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"No embedded OCDS file named '{name}'.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonNode ReadJson(string name) =>
        JsonNode.Parse(ReadText(name)) ?? throw new InvalidDataException($"Embedded OCDS file '{name}' is empty.");
}
