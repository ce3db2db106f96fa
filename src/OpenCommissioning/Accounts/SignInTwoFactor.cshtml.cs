using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class SignInTwoFactorModel(SignInManager<Account> signIn, SignInAudit audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the security code"),
     RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits, like 123456")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null) return RedirectToPage("/Accounts/SignIn");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "").Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignedIn, account.Email!, account.Id, "with two factors");
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }
        await audit.RecordAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, account.Email!, account.Id, "wrong security code");
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "There have been too many attempts to sign in to this account. Wait 15 minutes, then try again"
            : "The security code is not correct. Enter the code your app shows now");
        return Page();
    }
}
