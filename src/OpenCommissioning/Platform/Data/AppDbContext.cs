using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenCommissioning.Accounts;

namespace OpenCommissioning.Platform.Data;

/// <summary>
/// The one database context. Each capability maps its own entities with an <c>IEntityTypeConfiguration</c> in its
/// own folder; this class only gathers them. A thin subclass per provider holds that provider's migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        // A search counts its matches only to one past the count limit, with LIMIT and no ORDER BY: an order would
        // make the database read every match of a common word just to count them. Every query that pages or lists
        // results orders them, so EF's warning about a limit without an order is noise here, not a fault.
        options.ConfigureWarnings(w => w.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Debug)));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
