using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Who may enter the organisation pages. Any page whose address holds <c>{organisationId}</c> needs the
/// membership policy, whether or not its author remembered to ask for it, so a new page cannot leak another
/// organisation's data. Pages that change members also carry <c>[Authorize(Policy = Administrator)]</c>.
/// </summary>
internal static class Conventions
{
    public const string RouteKey = "organisationId";

    public static void AddOrganisationConventions(this RazorPagesOptions options) =>
        options.Conventions.AddFolderApplicationModelConvention("/Organisations", page =>
        {
            if (IsOrganisationScoped(page.ActionDescriptor.AttributeRouteInfo?.Template))
                page.EndpointMetadata.Add(new AuthorizeAttribute(OrganisationPolicies.Member));
        });

    public static bool IsOrganisationScoped(string? routeTemplate) =>
        routeTemplate?.Contains("{" + RouteKey, StringComparison.OrdinalIgnoreCase) == true;
}
