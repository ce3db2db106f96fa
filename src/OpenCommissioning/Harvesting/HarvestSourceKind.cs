namespace OpenCommissioning.Harvesting;

/// <summary>The kinds of portal a source can be; each follows its publisher's documented API.</summary>
public enum HarvestSourceKind
{
    ContractsFinder,
    FindATender,
    PublicContractsScotland,
    Sell2Wales,
    OcdsReleasePackages,
    ThreeSixtyGiving,
}

public static class HarvestSourceKinds
{
    public static string Describe(HarvestSourceKind kind) => kind switch
    {
        HarvestSourceKind.ContractsFinder => "Contracts Finder OCDS search API",
        HarvestSourceKind.FindATender => "Find a Tender OCDS release packages",
        HarvestSourceKind.PublicContractsScotland => "Public Contracts Scotland",
        HarvestSourceKind.Sell2Wales => "Sell2Wales",
        HarvestSourceKind.OcdsReleasePackages => "Any OCDS release packages following links.next",
        HarvestSourceKind.ThreeSixtyGiving => "360Giving JSON data file",
        _ => kind.ToString(),
    };

    /// <summary>The address an administrator would usually give, shown as a hint.</summary>
    public static string? UsualBaseUrl(HarvestSourceKind kind) => kind switch
    {
        HarvestSourceKind.ContractsFinder => "https://www.contractsfinder.service.gov.uk",
        HarvestSourceKind.FindATender => "https://www.find-tender.service.gov.uk",
        HarvestSourceKind.PublicContractsScotland => "https://api.publiccontractsscotland.gov.uk/v1",
        HarvestSourceKind.Sell2Wales => "https://api.sell2wales.gov.wales/v1",
        _ => null,
    };
}
