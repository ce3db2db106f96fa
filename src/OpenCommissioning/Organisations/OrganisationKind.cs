namespace OpenCommissioning.Organisations;

/// <summary>Which side of commissioning an organisation is on (glossary: commissioner or provider).</summary>
public enum OrganisationKind
{
    Buyer,
    Provider,
}
