using System.Text.Json;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Jobs;

/// <summary>
/// Adds jobs to the caller's unit of work, so a job exists exactly when the change that asked for it was saved
/// (the outbox pattern): an email is never sent for an invitation that was rolled back.
/// </summary>
public sealed class JobQueue(AppDbContext db, TimeProvider clock)
{
    public void Enqueue<TPayload>(string kind, TPayload payload, TimeSpan? delay = null)
    {
        var now = clock.GetUtcNow();
        db.Add(new Job
        {
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload),
            CreatedAt = now,
            RunAfter = now + (delay ?? TimeSpan.Zero),
        });
    }
}
