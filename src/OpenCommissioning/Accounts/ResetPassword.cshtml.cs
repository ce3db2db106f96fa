using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<Account> users, SignInAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter a new password")]
    public string Password { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Confirm your new password"), Compare(nameof(Password), ErrorMessage = "The passwords do not match. Type the same password twice")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var account = await users.FindByIdAsync(AccountId.ToString());
        var token = AccountEmails.Decode(Code);
        if (account is null || token is null)
        {
            ModelState.AddModelError(nameof(Password), "This link has expired or has already been used. Ask for a new one");
            return Page();
        }
        var result = await users.ResetPasswordAsync(account, token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(Password), error.Description);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(account);
        await audit.RecordAsync(AuditActions.PasswordReset, account.Email!, account.Id);
        TempData["Notice"] = "Your password has been changed. Sign in with your new password";
        return RedirectToPage("/Accounts/SignIn");
    }
}
