using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCommissioning.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public const int SchemeMaxLength = 16;
    public const int IdentifierIdMaxLength = 32;

    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        // Stored as text so the database stays readable and reordering the enums cannot corrupt rows.
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.LegalForm).HasConversion<string>().HasMaxLength(48);
        builder.Property(o => o.AnnualTurnover).HasPrecision(18, 2);
        builder.Property(o => o.BalanceSheetTotal).HasPrecision(18, 2);
        builder.Property(o => o.Website).HasMaxLength(Organisation.WebsiteMaxLength);
        builder.Property(o => o.CreatedAt);
        builder.Ignore(o => o.Vcse);
        builder.Ignore(o => o.Sme);

        builder.OwnsOne(o => o.RegisteredAddress, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(OrganisationAddress.LineMaxLength);
            address.Property(a => a.Town).HasMaxLength(OrganisationAddress.TownMaxLength);
            address.Property(a => a.Postcode).HasMaxLength(OrganisationAddress.PostcodeMaxLength);
        });

        builder.OwnsMany(o => o.Identifiers, identifier =>
        {
            identifier.ToTable("organisation_identifiers");
            identifier.WithOwner().HasForeignKey("OrganisationId");
            identifier.Property<int>("RowId").ValueGeneratedOnAdd();
            identifier.HasKey("RowId");
            identifier.Property(i => i.Scheme).HasMaxLength(SchemeMaxLength).IsRequired();
            identifier.Property(i => i.Id).HasMaxLength(IdentifierIdMaxLength).IsRequired();
            identifier.Ignore(i => i.Register);
            // One identifier, one organisation: a second registration of the same number fails here
            // even if two requests pass the page's check at the same moment.
            identifier.HasIndex(i => new { i.Scheme, i.Id }).IsUnique();
        });
        builder.Navigation(o => o.Identifiers).HasField("identifiers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
