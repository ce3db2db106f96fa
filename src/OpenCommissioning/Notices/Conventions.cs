using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Notices;

/// <summary>
/// Every page in this folder is a buyer's own: it needs membership of the organisation in its address and the
/// publisher policy, whether or not its author remembered, so a new page cannot publish for someone else.
/// </summary>
internal static class Conventions
{
    /// <summary>
    /// The exceptions, named here so that they cannot happen by accident: the address a release gives for a
    /// published document, which anyone may open, and the CPV codes suggested as a buyer types (public reference
    /// data). They only read, so they answer GET (and HEAD) and nothing else.
    /// </summary>
    public static readonly IReadOnlySet<string> PublicPages = new HashSet<string>(StringComparer.Ordinal) { PublicDocumentModel.PagePath, CpvSuggestModel.PagePath };

    public static void AddNoticeConventions(this RazorPagesOptions options)
    {
        options.Conventions.AddFolderApplicationModelConvention("/Notices", page =>
        {
            if (PublicPages.Contains(page.ViewEnginePath)) return;
            page.EndpointMetadata.Add(new AuthorizeAttribute(OrganisationPolicies.Member));
            page.EndpointMetadata.Add(new AuthorizeAttribute(PublisherPolicy.Name));
        });
        foreach (var path in PublicPages)
        {
            options.Conventions.AllowAnonymousToPage(path);
            options.Conventions.AddPageApplicationModelConvention(path,
                page => page.EndpointMetadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])));
        }
    }
}
