using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public sealed class OrganisationConfigurationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public OrganisationConfigurationTests()
    {
        connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    private sealed class TestContext(DbContextOptions<TestContext> options) : DbContext(options)
    {
        public DbSet<Organisation> Organisations => Set<Organisation>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganisationConfiguration).Assembly);
    }

    private TestContext NewContext() => new(new DbContextOptionsBuilder<TestContext>()
        .UseSqlite(connection).UseSnakeCaseNamingConvention().Options);

    private static Organisation Charity(string name, string identifier)
    {
        var organisation = new Organisation(Guid.NewGuid(), name, OrganisationKind.Provider, LegalForm.CharitableCompany, Now);
        organisation.AddIdentifier(OrganisationIdentifier.Parse(identifier));
        return organisation;
    }

    [Fact]
    public async Task Save_ThenLoad_KeepsIdentifiersAddressAndFigures()
    {
        var saved = Charity("Riverside Trust", "GB-CHC-1123456");
        saved.AddIdentifier(OrganisationIdentifier.Parse("GB-COH-07444723"));
        saved.SetSize(30, 1_250_000.50m, null);
        saved.SetRegisteredAddress(new OrganisationAddress("1 High Street", "Leeds", "ls14ap"));
        await using (var context = NewContext())
        {
            context.Organisations.Add(saved);
            await context.SaveChangesAsync();
        }

        await using var reading = NewContext();
        var loaded = await reading.Organisations.SingleAsync(o => o.Id == saved.Id);

        Assert.Equal(["GB-CHC-1123456", "GB-COH-07444723"], loaded.Identifiers.Select(i => i.ToString()).Order());
        Assert.Equal("LS1 4AP", loaded.RegisteredAddress!.Postcode);
        Assert.Equal(1_250_000.50m, loaded.AnnualTurnover);
        Assert.Equal(LegalForm.CharitableCompany, loaded.LegalForm);
        Assert.True(loaded.Vcse.IsVcse);
        Assert.Equal(SmeSize.Small, loaded.Sme.Size);
    }

    [Fact]
    public async Task Save_WhenIdentifierAlreadyHeldByAnotherOrganisation_IsRefusedByTheDatabase()
    {
        await using (var context = NewContext())
        {
            context.Organisations.Add(Charity("First Trust", "GB-CHC-1123456"));
            await context.SaveChangesAsync();
        }

        await using var second = NewContext();
        second.Organisations.Add(Charity("Second Trust", "GB-CHC-1123456"));

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_WhenSameNumberInAnotherRegister_IsAccepted()
    {
        await using var context = NewContext();
        context.Organisations.Add(Charity("First Trust", "GB-CHC-123456"));
        var school = new Organisation(Guid.NewGuid(), "Hill School", OrganisationKind.Provider, LegalForm.Other, Now);
        school.AddIdentifier(OrganisationIdentifier.Parse("GB-EDU-123456"));
        context.Organisations.Add(school);

        await context.SaveChangesAsync();

        Assert.Equal(2, await context.Organisations.CountAsync());
    }

    [Fact]
    public void Model_IdentifierIndexIsUniqueOnSchemeAndId()
    {
        using var context = NewContext();
        var identifierType = context.Model.GetEntityTypes().Single(t => t.ClrType == typeof(OrganisationIdentifier));

        var index = Assert.Single(identifierType.GetIndexes(), i => i.IsUnique);

        Assert.Equal(["Scheme", "Id"], index.Properties.Select(p => p.Name));
        Assert.Equal("organisation_identifiers", identifierType.GetTableName());
    }

    public void Dispose() => connection.Dispose();
}
