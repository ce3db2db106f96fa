using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

/// <summary>Changing the email needs the person signed in as the account the link was made for.</summary>
public sealed class ConfirmNewEmailModel(UserManager<Account> users, SignInManager<Account> signIn, SignInAudit audit) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(Guid account, string? email, string? code)
    {
        var signedIn = await users.GetUserAsync(User);
        var token = AccountEmails.Decode(code);
        if (signedIn is null || signedIn.Id != account || string.IsNullOrEmpty(email) || token is null
            || await users.FindByEmailAsync(email) is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var oldEmail = signedIn.Email;
        var result = await users.ChangeEmailAsync(signedIn, email, token);
        if (result.Succeeded) result = await users.SetUserNameAsync(signedIn, email);
        Changed = result.Succeeded;
        if (!Changed) { Response.StatusCode = StatusCodes.Status400BadRequest; return; }
        await audit.RecordAsync(AuditActions.EmailChanged, email, signedIn.Id, $"from {oldEmail}");
        await signIn.RefreshSignInAsync(signedIn);
    }
}
