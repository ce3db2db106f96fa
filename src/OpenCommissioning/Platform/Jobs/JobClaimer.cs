using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Platform.Jobs;

/// <summary>
/// Claims the next due job in one statement. On PostgreSQL, FOR UPDATE SKIP LOCKED lets several instances claim
/// different jobs at once without waiting on each other; SQLite has one writer at a time, so the same update is
/// already exclusive there.
/// </summary>
public sealed class JobClaimer(AppDbContext db, DatabaseInfo database, TimeProvider clock)
{
    public static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(5);

    private const string ClaimSql = """
        UPDATE jobs SET locked_until = {0}, locked_by = {1}, attempts = attempts + 1
        WHERE id = (SELECT id FROM jobs
                    WHERE completed_at IS NULL AND failed_at IS NULL AND run_after <= {2}
                      AND (locked_until IS NULL OR locked_until < {2})
                    ORDER BY run_after LIMIT 1
        """;
    private const string Returning = " RETURNING *";

    public async Task<Job?> ClaimNextAsync(string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimLength;
        // Parameters are typed values, never text pasted into the statement.
        var claimed = await db.Set<Job>()
            .FromSqlRaw(database.IsPostgres ? ClaimSql + " FOR UPDATE SKIP LOCKED)" + Returning : ClaimSql + ")" + Returning,
                ToParameter(until), worker, ToParameter(now))
            .AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    // SQLite stores times through the same converter (see SqliteAppDbContext), so the parameter must be encoded alike.
    private object ToParameter(DateTimeOffset value) =>
        database.IsPostgres ? value : SqliteTimes.ConvertToProvider(value.ToUniversalTime())!;

    private static readonly DateTimeOffsetToBinaryConverter SqliteTimes = new();
}
