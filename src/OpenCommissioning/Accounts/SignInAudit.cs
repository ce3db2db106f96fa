using OpenCommissioning.Platform.Audit;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Accounts;

/// <summary>Records sign-ins and failed sign-ins at once: they happen outside any other unit of work.</summary>
public sealed class SignInAudit(AuditLog audit, AppDbContext db)
{
    public async Task RecordAsync(string action, string email, Guid? accountId, string? detail = null)
    {
        audit.Record(action, subject: email, detail: detail, actorId: accountId, actorEmail: email);
        await db.SaveChangesAsync();
    }
}
