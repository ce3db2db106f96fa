using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Accounts;

public sealed class AccountHomeModel(UserManager<Account> users, CurrentOrganisation current) : PageModel
{
    public Account Account { get; private set; } = null!;
    public IReadOnlyList<OrganisationContext> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        Account = account;
        Organisations = await current.MembershipsAsync(account.Id);
        return Page();
    }
}
