using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>Settings under "Notices": the ocid prefix registered with OCDS, the minimum tender periods and the largest document.</summary>
public sealed class NoticeOptions
{
    public string OcidPrefix { get; set; } = "ocds-oc0001";
    public MinimumTenderDays MinimumTenderDays { get; set; } = new();

    /// <summary>The largest document a buyer may upload to a notice, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = DocumentCheck.MaxBytes;

    /// <summary>The service's default minimum for a procedure: restricted procedures share the open procedure's.</summary>
    public int MinimumDaysFor(Procedure procedure) =>
        procedure == Procedure.BelowThreshold ? MinimumTenderDays.BelowThreshold : MinimumTenderDays.Open;

    /// <summary>The buyer's own minimum for a procedure where it has set one, otherwise the service's default.</summary>
    public MinimumPeriod MinimumFor(Procedure procedure, Organisation buyer)
    {
        var own = procedure == Procedure.BelowThreshold ? buyer.BelowThresholdMinimumTenderDays : buyer.OpenMinimumTenderDays;
        return own is { } days ? new(days, IsBuyers: true) : new(MinimumDaysFor(procedure), IsBuyers: false);
    }
}

/// <summary>The service's default minimum tender periods, in days; a buyer may set its own on its tender periods page.</summary>
public sealed class MinimumTenderDays
{
    public int Open { get; set; } = 25;
    public int BelowThreshold { get; set; } = 10;
}
