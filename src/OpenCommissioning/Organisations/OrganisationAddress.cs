namespace OpenCommissioning.Organisations;

/// <summary>The registered address: the lines a letter needs, with the postcode in its printed form.</summary>
public sealed class OrganisationAddress
{
    public const int LineMaxLength = 200;
    public const int TownMaxLength = 100;
    public const int PostcodeMaxLength = 8;

    public OrganisationAddress(string line1, string town, string postcode)
    {
        Line1 = line1.Trim();
        Town = town.Trim();
        Postcode = UkPostcode.Normalise(postcode) ?? throw new FormatException(UkPostcode.FormatMessage);
    }

    public string Line1 { get; private set; }

    public string Town { get; private set; }

    public string Postcode { get; private set; }
}
