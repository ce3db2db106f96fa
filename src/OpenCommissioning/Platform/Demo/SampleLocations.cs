using System.Text.Json.Nodes;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Reference;
using static OpenCommissioning.Platform.Demo.SampleDetails;

namespace OpenCommissioning.Platform.Demo;

/// <summary>
/// Where a sample's service is delivered, as a notice here says it: UK regions a buyer could choose, postcodes, or
/// nationwide. Contracts Finder also lists places outside the UK, which a notice here cannot name.
/// </summary>
internal static class SampleLocations
{
    public static (bool Nationwide, IReadOnlyList<string> Regions, IReadOnlyList<string> Postcodes) Read(JsonObject tender, Action<string> note)
    {
        var addresses = SampleParties.Objects(tender["items"]).SelectMany(i => SampleParties.Objects(i["deliveryAddresses"])).ToList();
        var regions = new List<string>();
        var postcodes = new List<string>();
        var abroad = new SortedSet<string>();
        var inUk = false;
        foreach (var address in addresses)
        {
            if (Text(address["region"]) is { } name)
            {
                // Contracts Finder's "Scotland" is a NUTS region under the nation a notice chooses; the nearest choice stands for it.
                if (UkRegions.Find(name) is { } region && UkRegions.SelfAndAncestors(region.Code).FirstOrDefault(c => UkRegions.Main.Any(m => m.Code == c)) is { } code)
                    Add(regions, code);
                else note($"the delivery region '{name}' is not one of the UK regions a notice can choose, so it was left out");
            }
            if (Text(address["postalCode"]) is { } typed)
            {
                if (UkPostcode.Normalise(typed) is { } postcode) Add(postcodes, postcode);
                else note($"'{typed}' is not a full UK postcode, so it was left out");
            }
            if (Text(address["countryName"]) is { } country)
            {
                if (country == "United Kingdom") inUk = true;
                else abroad.Add(country);
            }
        }
        if (abroad.Count > 0) note($"delivery outside the UK ({string.Join(", ", abroad)}) cannot be said in a notice here, so it was left out");
        var nationwide = inUk && regions.Count == 0 && postcodes.Count == 0;
        if (addresses.Count == 0) note("it says nothing about where the service is delivered");
        return (nationwide, regions, postcodes);
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }
}
