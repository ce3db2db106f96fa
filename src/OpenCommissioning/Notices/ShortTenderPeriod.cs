namespace OpenCommissioning.Notices;

/// <summary>
/// How the reason for a tender period shorter than the minimum is published: one label and one form in the open data,
/// so the buyer's preview, the OCDS release and the public notice page cannot say it differently.
/// </summary>
public static class ShortTenderPeriod
{
    public const string Label = "Why the time to bid is short";

    // OCDS has no field of its own for this reason; the rationale field carries it, marked so a reader can tell it
    // from a rationale for the procedure itself (which harvested notices use).
    private const string Prefix = "Shorter tender period: ";

    public static string ToRationale(string reason) => Prefix + reason;

    /// <summary>The buyer's reason, or null when the rationale is about something else or absent.</summary>
    public static string? FromRationale(string? rationale) =>
        rationale is not null && rationale.StartsWith(Prefix, StringComparison.Ordinal) && rationale.Length > Prefix.Length
            ? rationale[Prefix.Length..] : null;
}
