using System.Security.Claims;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Audit;

/// <summary>
/// Records audit entries in the caller's unit of work: the entry is saved with the change it describes, or not at
/// all. Who and from where come from the current request.
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string? subject = null, string? detail = null, Guid? actorId = null, string? actorEmail = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedInId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Action = action,
            ActorId = actorId ?? (Guid.TryParse(signedInId, out var id) ? id : null),
            ActorEmail = actorEmail ?? user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name,
            Subject = Truncate(subject, 200),
            Detail = Truncate(detail, 2000),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
