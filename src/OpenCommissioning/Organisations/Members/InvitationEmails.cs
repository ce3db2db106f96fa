using OpenCommissioning.Platform.Email;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Organisations.Members;

/// <summary>The email that carries an invitation's token: the only place the token itself is ever kept.</summary>
public sealed class InvitationEmails(EmailOutbox outbox, PublicUrls urls)
{
    public const string Subject = "You have been invited to join an organisation";

    public void Queue(string email, string inviterName, Organisation organisation, OrganisationRole role, string token,
        DateTimeOffset expiresAt)
    {
        var link = urls.For(OrganisationLinks.Invitation(token));
        outbox.Queue(new EmailMessage(email, Subject,
            $"Hello,\n\n{inviterName} has invited you to join {organisation.Name} on OpenCommissioning as "
            + $"{Article(role)} {role.DisplayName().ToLowerInvariant()}.\n\nTo accept, open this link:\n\n{link}\n\n"
            + "If you do not have an account yet, create one with this email address first, then open the link again.\n\n"
            + $"The link works until {UkTime.Format(expiresAt)}. If you were not expecting this, you can ignore this email."));
    }

    private static string Article(OrganisationRole role) =>
        role is OrganisationRole.OrganisationAdministrator or OrganisationRole.Evaluator ? "an" : "a";
}
