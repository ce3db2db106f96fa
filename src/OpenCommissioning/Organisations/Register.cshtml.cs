using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Organisations;

/// <summary>
/// Registers a buyer or a provider. The person registering becomes its organisation administrator; the
/// organisation, their membership and the audit entry are saved together or not at all.
/// </summary>
public sealed class RegisterOrganisationModel(AppDbContext db, AuditLog audit, CurrentOrganisation current, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public OrganisationRegistrationInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    /// <summary>
    /// The errors in the order the form asks its questions. ModelState enumerates its keys as a tree, not in the
    /// order they were added, so the summary is given this list rather than left to read ModelState.
    /// </summary>
    public List<ErrorSummaryItem> ErrorSummary { get; } = [];

    public IEnumerable<ChoiceItem> Kinds => Enum.GetValues<OrganisationKind>()
        .Select(k => new ChoiceItem(k.ToString(), OrganisationKinds.DisplayName(k)) { HintText = OrganisationKinds.Hint(k) });

    public IEnumerable<SelectItem> LegalFormItems =>
        LegalForms.All.Select(f => new SelectItem(f.ToString(), f.DisplayName())).Prepend(new SelectItem("", "Select a legal form"));

    public IEnumerable<SelectItem> SchemeItems => IdentifierSchemes.All
        .Select(s => new SelectItem(s.Code, $"{char.ToUpperInvariant(s.Title[0])}{s.Title[1..]}: {s.NumberName}"))
        .Prepend(new SelectItem("", "No registration number"));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (OrganisationMembers.AccountIdOf(User) is not { } accountId) return Challenge();
        // The binder's own messages ("The value 'x' is not valid") are not plain English; the validator says it better.
        ModelState.Clear();
        var typed = OrganisationIdentifier.Check(Input.Scheme, Input.Number).Identifier;
        var taken = typed is not null && await IsRegisteredAsync(typed);
        var validation = OrganisationRegistrationValidator.Validate(Input, identifier => taken && identifier.Equals(typed));
        if (!validation.IsValid)
        {
            foreach (var (field, message) in validation.ErrorsInOrder) AddError(field, message);
            return Page();
        }

        var now = clock.GetUtcNow();
        var organisation = Organisation.Register(validation.Registration!, Guid.NewGuid(), now);
        db.Add(organisation);
        db.Add(new Membership
        {
            OrganisationId = organisation.Id, AccountId = accountId, Role = OrganisationRole.OrganisationAdministrator, JoinedAt = now,
        });
        audit.Record(AuditActions.OrganisationRegistered, subject: organisation.Id.ToString(),
            detail: $"{organisation.Name}, {OrganisationKinds.DisplayName(organisation.Kind).ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (validation.Identifier is not null)
        {
            // Someone registered the same number between our check and our save; the unique index caught it.
            if (!await IsRegisteredAsync(validation.Identifier)) throw;
            AddError(nameof(Input.Number), OrganisationRegistrationValidator.AlreadyRegisteredMessage(validation.Identifier));
            return Page();
        }

        current.Choose(organisation.Id);
        Notice = $"{organisation.Name} is registered. You are its organisation administrator";
        return Redirect(OrganisationLinks.Organisation(organisation.Id));
    }

    private void AddError(string field, string message)
    {
        ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        ErrorSummary.Add(new ErrorSummaryItem(message, $"#{nameof(Input)}_{field}"));
    }

    private Task<bool> IsRegisteredAsync(OrganisationIdentifier identifier) =>
        db.Set<Organisation>().AnyAsync(o => o.Identifiers.Any(i => i.Scheme == identifier.Scheme && i.Id == identifier.Id));
}
