using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<Account> users, AccountEmails emails, AppDbContext db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address"),
     EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        // The same answer whether or not the account exists, so the form reveals nothing.
        var account = await users.FindByEmailAsync(Email.Trim());
        if (account is not null && account.EmailConfirmed)
        {
            await emails.QueuePasswordResetAsync(account);
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
