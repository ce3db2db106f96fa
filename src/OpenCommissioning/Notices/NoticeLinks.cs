namespace OpenCommissioning.Notices;

/// <summary>The addresses of the notice pages, so pages and tests cannot drift from the routes.</summary>
public static class NoticeLinks
{
    public static string List(Guid organisationId) => $"/organisations/{organisationId}/notices";

    public static string NewTender(Guid organisationId) => $"{List(organisationId)}/draft";

    public static string EditDraft(Guid organisationId, Guid noticeId) => $"{List(organisationId)}/draft/{noticeId}";

    public static string Notice(Guid organisationId, Guid noticeId) => $"{List(organisationId)}/{noticeId}";

    public static string Publish(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/publish";

    public static string Amend(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/amend";

    public static string Award(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/award";

    public static string Cancel(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/cancel";

    public static string Documents(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/documents";

    /// <summary>The buyer's own copy of a draft's document, before it is public.</summary>
    public static string DraftDocument(Guid organisationId, Guid noticeId, Guid documentId) =>
        $"{Documents(organisationId, noticeId)}?handler=download&documentId={documentId}";

    public static string Contract(Guid organisationId, Guid noticeId) => $"{Notice(organisationId, noticeId)}/contract";

    /// <summary>Where anyone downloads a published notice's document; the address the release gives.</summary>
    public static string PublicDocument(string ocid, Guid documentId) => $"/notices/{Uri.EscapeDataString(ocid)}/documents/{documentId:N}";
}
