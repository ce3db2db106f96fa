using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using System.Text;
using OpenCommissioning.Platform.Email;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Accounts;

/// <summary>The emails that accounts send, queued in the caller's unit of work.</summary>
public sealed class AccountEmails(UserManager<Account> users, EmailOutbox outbox, PublicUrls urls)
{
    public async Task QueueConfirmationAsync(Account account)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(account));
        var link = urls.For($"/confirm-email?account={account.Id}&code={code}");
        outbox.Queue(new EmailMessage(account.Email!, "Confirm your email address",
            $"Hello {account.FullName},\n\nTo finish creating your OpenCommissioning account, confirm your email address by opening this link:\n\n{link}\n\nIf you did not create an account, you can ignore this email."));
    }

    public void QueueAlreadyRegistered(Account account) =>
        outbox.Queue(new EmailMessage(account.Email!, "You already have an account",
            $"Hello {account.FullName},\n\nSomeone tried to create an OpenCommissioning account with this email address, but you already have one. You can sign in here:\n\n{urls.For("/sign-in")}\n\nIf you have forgotten your password, reset it here:\n\n{urls.For("/forgot-password")}"));

    public async Task QueuePasswordResetAsync(Account account)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(account));
        var link = urls.For($"/reset-password?account={account.Id}&code={code}");
        outbox.Queue(new EmailMessage(account.Email!, "Reset your password",
            $"Hello {account.FullName},\n\nSomeone asked to reset the password for your OpenCommissioning account. If it was you, open this link to choose a new password:\n\n{link}\n\nThe link works once. If you did not ask, you can ignore this email: your password has not changed."));
    }

    public async Task QueueEmailChangeAsync(Account account, string newEmail)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(account, newEmail));
        var link = urls.For($"/account/confirm-new-email?account={account.Id}&email={UrlEncoder.Default.Encode(newEmail)}&code={code}");
        outbox.Queue(new EmailMessage(newEmail, "Confirm your new email address",
            $"Hello {account.FullName},\n\nTo use this email address for your OpenCommissioning account, open this link:\n\n{link}\n\nIf you did not ask for this, you can ignore this email."));
        outbox.Queue(new EmailMessage(account.Email!, "Your email address is being changed",
            $"Hello {account.FullName},\n\nSomeone asked to change the email address of your OpenCommissioning account to {newEmail}. If it was not you, reset your password now."));
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
