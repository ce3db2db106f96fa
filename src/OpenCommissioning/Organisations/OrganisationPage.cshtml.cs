using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Organisations;

/// <summary>
/// An organisation's details for its members, with how its VCSE status and SME size were worked out.
/// Only members reach it: <see cref="Conventions"/> applies the membership policy to its address.
/// </summary>
public sealed class OrganisationPageModel(OrganisationMembers members) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public OrganisationRole Role { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId)
    {
        var organisation = await members.FindOrganisationAsync(organisationId);
        var role = await members.RoleOfAsync(organisationId, User);
        if (organisation is null || role is null) return NotFound();
        Organisation = organisation;
        Role = role.Value;
        return Page();
    }

    public static string VcseStatus(VcseDerivation vcse) => vcse.IsVcse ? "VCSE" : "Not a VCSE";

    public static string SmeStatus(SmeDerivation sme) => sme.Size switch
    {
        SmeSize.Micro => "Micro enterprise (an SME)",
        SmeSize.Small => "Small enterprise (an SME)",
        SmeSize.Medium => "Medium-sized enterprise (an SME)",
        SmeSize.Large => "Large enterprise (not an SME)",
        _ => "Not known",
    };
}
