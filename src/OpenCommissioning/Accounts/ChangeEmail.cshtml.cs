using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

public sealed class ChangeEmailModel(UserManager<Account> users, AccountEmails emails, AppDbContext db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your new email address"),
     EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string NewEmail { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        if (!await users.CheckPasswordAsync(account, Password))
        {
            ModelState.AddModelError(nameof(Password), "The password is not correct");
            return Page();
        }
        var email = NewEmail.Trim();
        if (string.Equals(email, account.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(NewEmail), "This is already your email address. Enter a different one");
            return Page();
        }
        // Whether the address is taken is checked when the link is opened, so this form does not reveal it.
        await emails.QueueEmailChangeAsync(account, email);
        await db.SaveChangesAsync();
        Sent = true;
        return Page();
    }
}
