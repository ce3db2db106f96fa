using OpenCommissioning.Ocds.Merging;
using OpenCommissioning.Ocds.Packaging;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.OpenData;

/// <summary>
/// What every package this service publishes says about itself: who publishes it, under which licence and
/// policy, and which extensions its releases may use. The settings live under <c>OpenData:</c>.
/// </summary>
public sealed class OpenDataPublication(IConfiguration configuration, PublicUrls urls)
{
    public const string OpenGovernmentLicence = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    /// <summary>The extensions Contracts Finder declares, so that its clients see the same list here.</summary>
    private static readonly string[] ContractsFinderExtensions =
    [
        "https://standard.open-contracting.org/profiles/eu/master/en/extension.json",
        "https://raw.githubusercontent.com/portaledcahn/ocds_tenderDatePublished_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/master/extension.json",
        "https://raw.githubusercontent.com/Crown-Commercial-Service/ocds_awards_datePublished_extension/main/extension.json",
        "https://raw.githubusercontent.com/Crown-Commercial-Service/ocds_partyDetails_vcse_extension/main/extension.json",
        "https://raw.githubusercontent.com/Crown-Commercial-Service/ocds_tender_suitability_extension/main/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
    ];

    /// <summary>
    /// Contracts Finder's extensions, then those the notices published here use (<see cref="Notices.NoticeRelease.Extensions"/>).
    /// Declaring one that a release does not use is harmless; leaving one out turns its fields into "additional
    /// fields" for validators. Written after the list it reads: static fields are set in the order they are written.
    /// </summary>
    public static readonly IReadOnlyList<string> Extensions = [.. ContractsFinderExtensions.Union(Notices.NoticeRelease.Extensions)];

    /// <summary>How records compile their releases: by the schema as these extensions patch it.</summary>
    public static MergeRules ExtendedMergeRules => MergeRules.ForExtensions(Extensions);

    public PackageMetadata MetadataFor(string uri, DateTimeOffset publishedDate)
    {
        var metadata = new PackageMetadata
        {
            Uri = uri,
            PublishedDate = publishedDate.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            Publisher = new Publisher(
                configuration["OpenData:PublisherName"] ?? "OpenCommissioning",
                configuration["OpenData:PublisherScheme"],
                configuration["OpenData:PublisherUid"],
                configuration["OpenData:PublisherUri"] ?? urls.For("/")),
            License = configuration["OpenData:License"] ?? OpenGovernmentLicence,
            PublicationPolicy = configuration["OpenData:PublicationPolicy"] ?? urls.For("/open-data"),
        };
        foreach (var extension in Extensions) metadata.AddExtension(extension);
        return metadata;
    }
}
