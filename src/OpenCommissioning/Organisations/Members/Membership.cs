using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCommissioning.Accounts;

namespace OpenCommissioning.Organisations.Members;

/// <summary>A person's place in one organisation. A person may belong to several and switches between them.</summary>
public sealed class Membership
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid OrganisationId { get; init; }
    public Guid AccountId { get; init; }
    public OrganisationRole Role { get; set; }
    public DateTimeOffset JoinedAt { get; init; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("memberships");
        membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        membership.HasIndex(m => new { m.OrganisationId, m.AccountId }).IsUnique();
        membership.HasIndex(m => m.AccountId);
        membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
