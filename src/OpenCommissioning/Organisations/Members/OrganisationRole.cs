namespace OpenCommissioning.Organisations.Members;

/// <summary>
/// What a member may do within one organisation. Buyers' staff are commissioners, procurement officers or
/// evaluators; providers' staff write bids; either kind has organisation administrators who manage members.
/// </summary>
public enum OrganisationRole
{
    OrganisationAdministrator,
    Commissioner,
    ProcurementOfficer,
    Evaluator,
    BidWriter,
}

public static class OrganisationRoles
{
    public static IReadOnlyList<OrganisationRole> For(OrganisationKind kind) => kind == OrganisationKind.Buyer
        ? [OrganisationRole.Commissioner, OrganisationRole.ProcurementOfficer, OrganisationRole.Evaluator, OrganisationRole.OrganisationAdministrator]
        : [OrganisationRole.BidWriter, OrganisationRole.OrganisationAdministrator];

    public static bool IsAllowedFor(this OrganisationRole role, OrganisationKind kind) => For(kind).Contains(role);

    public static string DisplayName(this OrganisationRole role) => role switch
    {
        OrganisationRole.OrganisationAdministrator => "Organisation administrator",
        OrganisationRole.Commissioner => "Commissioner",
        OrganisationRole.ProcurementOfficer => "Procurement officer",
        OrganisationRole.Evaluator => "Evaluator",
        OrganisationRole.BidWriter => "Bid writer",
        _ => role.ToString(),
    };

    public static string Hint(this OrganisationRole role) => role switch
    {
        OrganisationRole.OrganisationAdministrator => "Can invite people, change their roles and update the organisation's details",
        OrganisationRole.Commissioner => "Plans services: needs, outcomes and specifications",
        OrganisationRole.ProcurementOfficer => "Publishes notices and runs tenders",
        OrganisationRole.Evaluator => "Scores bids after the deadline",
        OrganisationRole.BidWriter => "Finds opportunities and prepares bids",
        _ => "",
    };
}
