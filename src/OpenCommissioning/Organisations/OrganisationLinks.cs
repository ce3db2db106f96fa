namespace OpenCommissioning.Organisations;

/// <summary>
/// The addresses of the organisation pages, in one place so pages, emails and tests cannot drift from the routes.
/// Every page with an organisation id in its address is checked by <see cref="Conventions"/>.
/// </summary>
public static class OrganisationLinks
{
    public const string List = "/organisations";
    public const string Register = "/organisations/register";

    public static string Organisation(Guid organisationId) => $"/organisations/{organisationId}";

    public static string Members(Guid organisationId) => $"{Organisation(organisationId)}/members";

    public static string TenderPeriods(Guid organisationId) => $"{Organisation(organisationId)}/tender-periods";

    public static string Invite(Guid organisationId) => $"{Members(organisationId)}/invite";

    public static string ChangeRole(Guid organisationId, Guid membershipId) => $"{Members(organisationId)}/{membershipId}/role";

    public static string RemoveMember(Guid organisationId, Guid membershipId) => $"{Members(organisationId)}/{membershipId}/remove";

    public static string Invitation(string token) => $"/invitations/{Uri.EscapeDataString(token)}";
}
