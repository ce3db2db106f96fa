using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

/// <summary>Administrators give and take away the platform roles; every change is audited.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class PlatformRolesPageModel(UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles, AuditLog audit, AppDbContext db) : PageModel
{
    public sealed record Holder(Guid AccountId, string FullName, string Email, string Role);

    [BindProperty, Required(ErrorMessage = "Enter the email address of their account"),
     EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Select a role")]
    public string? Role { get; set; }

    public IReadOnlyList<Holder> Holders { get; private set; } = [];
    public IReadOnlyList<ChoiceItem> RoleChoices => PlatformRoles.All.Select(r => new ChoiceItem(r, r)).ToList();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (Role is not null && !PlatformRoles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Select a role");
        var account = ModelState.IsValid ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (ModelState.IsValid && account is null)
            ModelState.AddModelError(nameof(Email), "There is no account with this email address. Ask them to create one first");
        if (!ModelState.IsValid) { await LoadAsync(); return Page(); }

        if (!await roles.RoleExistsAsync(Role!)) await roles.CreateAsync(new IdentityRole<Guid>(Role!) { Id = Guid.NewGuid() });
        if (!await users.IsInRoleAsync(account!, Role!))
        {
            await users.AddToRoleAsync(account!, Role!);
            audit.Record(AuditActions.PlatformRoleGiven, subject: account!.Email, detail: Role);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = $"{account!.FullName} is now a {Role!.ToLowerInvariant()}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid accountId, string role)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null || !PlatformRoles.All.Contains(role) || !await users.IsInRoleAsync(account, role)) return NotFound();
        if (role == PlatformRoles.Administrator && (await users.GetUsersInRoleAsync(role)).Count == 1)
        {
            ModelState.AddModelError(nameof(Email), "You cannot remove the last administrator. Give someone else the role first");
            await LoadAsync();
            return Page();
        }
        await users.RemoveFromRoleAsync(account, role);
        audit.Record(AuditActions.PlatformRoleRemoved, subject: account.Email, detail: role);
        await db.SaveChangesAsync();
        TempData["Notice"] = $"{account.FullName} is no longer a {role.ToLowerInvariant()}";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var holders = new List<Holder>();
        foreach (var role in PlatformRoles.All)
            holders.AddRange((await users.GetUsersInRoleAsync(role)).Select(a => new Holder(a.Id, a.FullName, a.Email!, role)));
        Holders = holders.OrderBy(h => h.FullName).ToList();
    }
}
