using System.Diagnostics;

namespace OpenCommissioning.Opportunities.Upkeep;

/// <summary>
/// <c>OpenCommissioning reorder-search</c>: puts the search table back in publication order (ANALYZE, then CLUSTER on
/// the publication-date index, then ANALYZE again) and says how the correlation changed. For operators after a
/// large import of old notices; the readiness check and the log say when it is due.
/// </summary>
public static class ReorderSearchCommand
{
    public const string Name = "reorder-search";

    /// <summary>Returns the exit code: 0 done, 1 the table or its index is missing, 2 not needed in the embedded mode.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var upkeep = scope.ServiceProvider.GetRequiredService<SearchTableUpkeep>();
        if (await upkeep.ReadAsync(cancellationToken) is null)
        {
            await errors.WriteLineAsync("Not needed in the embedded mode: its search (SQLite) does not depend on the order of the table.");
            return 2;
        }
        if (!await upkeep.HasPublishedIndexAsync(cancellationToken))
        {
            await errors.WriteLineAsync($"The search table has no index {SearchTableUpkeep.PublishedIndex} to order it by. " +
                "Run the migrate command first; if the database is up to date, the index was dropped and must be created again.");
            return 1;
        }
        await upkeep.AnalyseAsync(cancellationToken);
        var before = (await upkeep.ReadAsync(cancellationToken))!;
        await output.WriteLineAsync($"Before: {before.Describe()}.");
        await output.WriteLineAsync("Putting the search table in publication order. Searches wait until this is done.");
        var clock = Stopwatch.StartNew();
        await upkeep.PutInOrderAsync(cancellationToken);
        await upkeep.AnalyseAsync(cancellationToken);
        var after = (await upkeep.ReadAsync(cancellationToken))!;
        await output.WriteLineAsync($"After: {after.Describe()}. It took {clock.Elapsed.TotalSeconds:0.0} seconds.");
        return 0;
    }
}
