namespace OpenCommissioning.Notices;

/// <summary>Settings under "Notices": the ocid prefix registered with OCDS, the minimum tender periods and the largest document.</summary>
public sealed class NoticeOptions
{
    public string OcidPrefix { get; set; } = "ocds-oc0001";
    public MinimumTenderDays MinimumTenderDays { get; set; } = new();

    /// <summary>The largest document a buyer may upload to a notice, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = DocumentCheck.MaxBytes;

    public int MinimumDaysFor(Procedure procedure) =>
        procedure == Procedure.BelowThreshold ? MinimumTenderDays.BelowThreshold : MinimumTenderDays.Open;
}

public sealed class MinimumTenderDays
{
    public int Open { get; set; } = 25;
    public int BelowThreshold { get; set; } = 10;
}
