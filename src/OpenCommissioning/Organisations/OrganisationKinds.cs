namespace OpenCommissioning.Organisations;

/// <summary>How pages name the two kinds of organisation (glossary: a buyer commissions, a provider delivers).</summary>
public static class OrganisationKinds
{
    public static string DisplayName(OrganisationKind kind) => kind == OrganisationKind.Buyer ? "Buyer" : "Provider";

    public static string Hint(OrganisationKind kind) => kind == OrganisationKind.Buyer
        ? "A public body that commissions services, such as a council, NHS body or government department"
        : "An organisation that delivers services, such as a charity, social enterprise or company";
}
