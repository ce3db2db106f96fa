using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<Account> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid account, string? code)
    {
        var found = await users.FindByIdAsync(account.ToString());
        var token = AccountEmails.Decode(code);
        Confirmed = found is not null && token is not null && (await users.ConfirmEmailAsync(found, token)).Succeeded;
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
