using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

/// <summary>Signing out is a POST with an anti-forgery token, so another site cannot sign people out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<Account> signIn, SignInAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var account = await signIn.UserManager.GetUserAsync(User);
            if (account is not null) await audit.RecordAsync(AuditActions.SignedOut, account.Email!, account.Id);
        }
        await signIn.SignOutAsync();
        Response.Cookies.Delete(CurrentOrganisation.CookieName);
        return Redirect("/signed-out");
    }
}
