using System.Globalization;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Layout;
using OpenCommissioning.Platform.Reference;

namespace OpenCommissioning.Notices;

/// <summary>The essentials of a notice as the public reads them; every value is text, so it is always encoded.</summary>
public static class PublicNoticeRows
{
    public static IReadOnlyList<SummaryListRow> For(string buyerName, NoticeDetails details)
    {
        var rows = new List<SummaryListRow>
        {
            new("Buyer", buyerName),
            new("What is being bought", string.Join("; ", details.CpvCodes.Select(c => $"{c} {CpvChoice.Label(c)}"))),
            new("Where", Where(details)),
            new("Value", Value(details.Value)),
            new("Procedure", details.Procedure.DisplayName()),
            new("Closing date", details.Deadline is { } d ? UkTime.Format(d) + " (UK time)" : "Not set"),
        };
        if (details.ShortPeriodReason is { } reason) rows.Add(new(ShortTenderPeriod.Label, reason));
        if (details.ContractStart is not null || details.ContractEnd is not null)
            rows.Add(new("Contract dates", $"{Day(details.ContractStart)} to {Day(details.ContractEnd)}"));
        rows.Add(new("Suitable for", Suitability(details.SuitableForSme, details.SuitableForVcse)));
        var contact = details.Contact;
        rows.Add(new("Contact", string.Join(", ", new[] { contact.Name, contact.Email, contact.Phone }.Where(s => s.Length > 0))));
        return rows;
    }

    public static IReadOnlyList<SummaryListRow> ForLot(LotDetails lot) =>
    [
        new("Description", lot.Description.Length > 0 ? lot.Description : "None given"),
        new("Value", Value(new NoticeValue(lot.Value, null, null))),
        new("CPV codes", lot.CpvCodes.Count > 0 ? string.Join("; ", lot.CpvCodes.Select(c => $"{c} {CpvChoice.Label(c)}")) : "None given"),
        new("Suitable for", Suitability(lot.SuitableForSme, lot.SuitableForVcse)),
    ];

    public static IReadOnlyList<SummaryListRow> ForAward(AwardDetails award) =>
    [
        new("Awarded to", award.SupplierIdentifier is null ? award.SupplierName : $"{award.SupplierName} ({award.SupplierIdentifier})"),
        .. award.ConsortiumMembers.Count > 0
            ? [new SummaryListRow("Other consortium members", string.Join("; ", award.ConsortiumMembers.Select(m => m.Identifier is null ? m.Name : $"{m.Name} ({m.Identifier})")))]
            : Array.Empty<SummaryListRow>(),
        new("Award value", Pounds(award.Value)),
        new("Award date", Day(award.Date)),
        .. award.LotNumber is { } lot ? [new SummaryListRow("Lot", lot.ToString(CultureInfo.InvariantCulture))] : Array.Empty<SummaryListRow>(),
    ];

    public static IReadOnlyList<SummaryListRow> ForContract(ContractDetails contract) =>
    [
        new("Contract with", string.Join("; ", contract.Suppliers.Select(Named))),
        new("Contract value", Pounds(contract.Value)),
        new("Contract dates", $"{Day(contract.Start)} to {Day(contract.End)}"),
        new("Date signed", Day(contract.DateSigned)),
    ];

    /// <summary>One row a supplier, the lead provider first: who the contract will be with, shown before it is published.</summary>
    public static IReadOnlyList<SummaryListRow> ForSuppliers(IReadOnlyList<ConsortiumMember> suppliers) =>
        suppliers.Select((s, i) => new SummaryListRow(i == 0 ? (suppliers.Count == 1 ? "Provider" : "Lead provider") : $"Consortium member {i}", Named(s))).ToList();

    private static string Named(ConsortiumMember supplier) => supplier.Identifier is null ? supplier.Name : $"{supplier.Name} ({supplier.Identifier})";

    public static string Value(NoticeValue value) => value switch
    {
        { Amount: { } amount } => Pounds(amount),
        { Minimum: { } min, Maximum: { } max } => $"{Pounds(min)} to {Pounds(max)}",
        _ => "Not known",
    };

    private static string Where(NoticeDetails details)
    {
        var places = new List<string>();
        if (details.Nationwide) places.Add("Nationwide");
        places.AddRange(details.RegionCodes.Select(c => UkRegions.Find(c)?.Name ?? c));
        places.AddRange(details.Postcodes);
        return places.Count == 0 ? "Not given" : string.Join(", ", places);
    }

    private static string Suitability(bool sme, bool vcse) => (sme, vcse) switch
    {
        (true, true) => "SMEs and VCSEs",
        (true, false) => "SMEs",
        (false, true) => "VCSEs",
        _ => "Not stated",
    };

    private static string Pounds(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "£#,0" : "£#,0.00", CultureInfo.GetCultureInfo("en-GB"));

    private static string Day(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "not set";
}
