namespace OpenCommissioning.Platform.Audit;

/// <summary>The names of audited actions, kept in one place so reports and tests use the same words.</summary>
public static class AuditActions
{
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string SignedOut = "account.signed-out";
    public const string Registered = "account.registered";
    public const string TwoFactorEnabled = "account.two-factor-enabled";
    public const string PasswordReset = "account.password-reset";
    public const string EmailChanged = "account.email-changed";
    public const string OrganisationRegistered = "organisation.registered";
    public const string MemberInvited = "organisation.member-invited";
    public const string InvitationAccepted = "organisation.invitation-accepted";
    public const string RoleChanged = "organisation.role-changed";
    public const string MemberRemoved = "organisation.member-removed";
    public const string TenderPeriodsChanged = "organisation.tender-periods-changed";
    public const string PlatformRoleGiven = "platform.role-given";
    public const string PlatformRoleRemoved = "platform.role-removed";
}
