using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

[AllowAnonymous]
public sealed class RegisterModel(UserManager<Account> users, AccountEmails emails, AuditLog audit, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your full name"), StringLength(100, ErrorMessage = "Full name must be 100 characters or fewer")]
    public string FullName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your email address"),
     EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com"),
     StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a password")]
    public string Password { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Confirm your password"), Compare(nameof(Password), ErrorMessage = "The passwords do not match. Type the same password twice")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Email.Trim();
        var account = new Account { UserName = email, Email = email, FullName = FullName.Trim(), CreatedAt = clock.GetUtcNow() };

        // The account, its audit entry and its confirmation email are saved together, or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Saying "already registered" here would tell anyone which addresses have accounts; the owner is told instead.
            emails.QueueAlreadyRegistered(existing);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return RedirectToPage("/Accounts/CheckEmail", new { email });
        }
        var result = await users.CreateAsync(account, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Password") ? nameof(Password) : nameof(Email), error.Description);
            return Page();
        }
        audit.Record(AuditActions.Registered, subject: email, actorId: account.Id, actorEmail: email);
        await emails.QueueConfirmationAsync(account);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return RedirectToPage("/Accounts/CheckEmail", new { email });
    }
}
