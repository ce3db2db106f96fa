using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Notices;

/// <summary>
/// Every page in this folder is a buyer's own: it needs membership of the organisation in its address and the
/// publisher policy, whether or not its author remembered, so a new page cannot publish for someone else.
/// </summary>
internal static class Conventions
{
    public static void AddNoticeConventions(this RazorPagesOptions options) =>
        options.Conventions.AddFolderApplicationModelConvention("/Notices", page =>
        {
            page.EndpointMetadata.Add(new AuthorizeAttribute(OrganisationPolicies.Member));
            page.EndpointMetadata.Add(new AuthorizeAttribute(PublisherPolicy.Name));
        });
}
