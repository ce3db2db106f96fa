using Microsoft.AspNetCore.Identity;

namespace OpenCommissioning.Accounts;

/// <summary>A person's sign-in to the service. What they may do comes from their memberships and platform roles.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public required string FullName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
