using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Opportunities.Upkeep;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Opportunities.Upkeep;

/// <summary>
/// Fills the search table directly, in a chosen physical order: the order is what is under test, and publishing a
/// thousand notices through the release store would take far longer without storing them any differently.
/// </summary>
public static class SearchTableRows
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Empties the table, then stores notices so that the row stored n-th was published <c>hoursAfterStart(n)</c> hours
    /// after the start, and analyses it. EF Core writes new rows in key order, so the ocids follow the storing order.
    /// </summary>
    public static async Task FillAsync(this ServiceFactory service, int count, Func<int, int> hoursAfterStart, bool analyse = true)
    {
        await service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("TRUNCATE opportunities");
            for (var i = 0; i < count; i++)
            {
                var published = Start.AddHours(hoursAfterStart(i));
                db.Add(new Opportunity
                {
                    Ocid = $"ocds-order0-{i:D6}", Title = $"Notice {i}", Description = "Stored to test the table's order.",
                    NoticeType = NoticeType.Tender, PublishedAt = published, UpdatedAt = published, FirstIndexedAt = published,
                    MatchTitle = $"notice {i}",
                });
            }
            await db.SaveChangesAsync();
            if (analyse) await db.Database.ExecuteSqlRawAsync("ANALYZE opportunities");
        });
    }

    public static Func<int, int> InOrder => i => i;

    public static Func<int, int> Reversed(int count) => i => count - i;

    /// <summary>A fixed shuffle, as a large import of notices from every year would leave the table.</summary>
    public static Func<int, int> Shuffled(int count)
    {
        var hours = Enumerable.Range(0, count).ToArray();
        new Random(20261124).Shuffle(hours);
        return i => hours[i];
    }

    public static Task<PublicationOrderReading?> ReadOrderAsync(this ServiceFactory service) =>
        service.WithScopeAsync(s => s.GetRequiredService<SearchTableUpkeep>().ReadAsync());
}
