using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<Account> signIn, UserManager<Account> users, SignInAudit audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var account = await users.FindByEmailAsync(Email.Trim());
        var result = account is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignedIn, Email, account!.Id);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Accounts/SignInTwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) });

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, Email, account?.Id);
            ModelState.AddModelError(nameof(Email), "There have been too many attempts to sign in to this account. Wait 15 minutes, then try again, or reset your password");
        }
        else if (result.IsNotAllowed)
        {
            await audit.RecordAsync(AuditActions.SignInFailed, Email, account?.Id, "email not confirmed");
            ModelState.AddModelError(nameof(Email), "Confirm your email address before you sign in. Use the link in the email we sent you");
        }
        else
        {
            await audit.RecordAsync(AuditActions.SignInFailed, Email, account?.Id, account is null ? "no such account" : "wrong password");
            // One message for both cases, so the form does not reveal which addresses have accounts.
            ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
        }
        return Page();
    }

    /// <summary>Only our own pages: an open redirect would let a phishing link borrow our sign-in page.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/account";
}
