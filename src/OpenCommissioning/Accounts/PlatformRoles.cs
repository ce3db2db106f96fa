namespace OpenCommissioning.Accounts;

/// <summary>Roles across the whole platform, held as ASP.NET Core Identity roles.</summary>
public static class PlatformRoles
{
    public const string Administrator = "Administrator";
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Administrator, Reviewer];
}
