namespace OpenCommissioning.Notices;

/// <summary>Settings under "Notices": the ocid prefix registered with OCDS, and the minimum tender periods.</summary>
public sealed class NoticeOptions
{
    public string OcidPrefix { get; set; } = "ocds-oc0001";
    public MinimumTenderDays MinimumTenderDays { get; set; } = new();

    public int MinimumDaysFor(Procedure procedure) =>
        procedure == Procedure.BelowThreshold ? MinimumTenderDays.BelowThreshold : MinimumTenderDays.Open;
}

public sealed class MinimumTenderDays
{
    public int Open { get; set; } = 25;
    public int BelowThreshold { get; set; } = 10;
}
