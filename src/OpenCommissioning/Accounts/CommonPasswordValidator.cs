using Microsoft.AspNetCore.Identity;

namespace OpenCommissioning.Accounts;

/// <summary>Refuses passwords that are easy to guess: common ones, and ones made from the person's own email.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Account>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "passwordpassword", "123456789012", "qwertyuiopas", "letmeinplease", "iloveyou1234",
        "welcome12345", "administrator", "opencommissioning", "password123!", "changeme1234", "aaaaaaaaaaaa",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var local = user.Email?.Split('@')[0];
        var weak = Common.Contains(password)
            || password.Distinct().Count() < 4
            || (!string.IsNullOrEmpty(local) && local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "WeakPassword", Description = "Choose a password that is harder to guess: avoid common passwords, repeated characters and your email address" })
            : IdentityResult.Success);
    }
}
