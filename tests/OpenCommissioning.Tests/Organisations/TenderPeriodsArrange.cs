using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Organisations;

/// <summary>Sets and reads a buyer's own shortest tender periods behind the pages' backs.</summary>
public static class TenderPeriodsArrange
{
    public static Task SetMinimumTenderDaysAsync(this ServiceFactory service, Guid organisationId, int? open, int? belowThreshold) =>
        service.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var organisation = await db.Set<Organisation>().SingleAsync(o => o.Id == organisationId);
            organisation.SetMinimumTenderDays(open, belowThreshold);
            await db.SaveChangesAsync();
        });

    public static Task<(int? Open, int? BelowThreshold)> MinimumTenderDaysAsync(this ServiceFactory service, Guid organisationId) =>
        service.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Organisation>().AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new ValueTuple<int?, int?>(o.OpenMinimumTenderDays, o.BelowThresholdMinimumTenderDays)).SingleAsync());
}
