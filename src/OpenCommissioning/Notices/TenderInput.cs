using System.Globalization;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

/// <summary>
/// The tender form as posted: everything kept as typed, so that a wrong answer is shown back as it was entered.
/// <see cref="TenderValidation"/> turns it into <see cref="NoticeDetails"/>.
/// </summary>
public sealed class TenderInput
{
    public const int LotRows = 3;

    /// <summary>Tender, Pipeline or SubContractOpportunity: the notices drafted with this form.</summary>
    public string? NoticeType { get; set; }
    public string? ParentOcid { get; set; }
    public DateInputValue ApproachToMarket { get; set; } = new();
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? CpvCodes { get; set; }
    public List<string> Regions { get; set; } = [];
    public string? Postcodes { get; set; }
    public string? ValueKind { get; set; }
    public string? Amount { get; set; }
    public string? Minimum { get; set; }
    public string? Maximum { get; set; }
    public DateInputValue ContractStart { get; set; } = new();
    public DateInputValue ContractEnd { get; set; } = new();
    public string? Procedure { get; set; }
    public List<LotInput> Lots { get; set; } = [];
    public DateInputValue Deadline { get; set; } = new();
    public string? DeadlineTime { get; set; }
    public List<string> Suitability { get; set; } = [];
    public string? ShortPeriodReason { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>Always offers <see cref="LotRows"/> rows, so lots can be added without JavaScript.</summary>
    public TenderInput WithLotRows()
    {
        while (Lots.Count < LotRows) Lots.Add(new LotInput());
        return this;
    }

    public static TenderInput From(NoticeDetails details, NoticeType type = Notices.NoticeType.Tender, string? parentOcid = null)
    {
        var value = details.Value;
        return new TenderInput
        {
            NoticeType = type.ToString(),
            ParentOcid = parentOcid,
            ApproachToMarket = details.ApproachToMarket is { } a ? DateInputValue.From(a) : new(),
            Title = details.Title,
            Description = details.Description,
            CpvCodes = string.Join(", ", details.CpvCodes),
            Regions = [.. details.RegionCodes, .. details.Nationwide ? ["UK"] : Array.Empty<string>()],
            Postcodes = string.Join(", ", details.Postcodes),
            ValueKind = value.Amount is not null ? "amount" : value.IsKnown ? "range" : "unknown",
            Amount = Money(value.Amount),
            Minimum = Money(value.Minimum),
            Maximum = Money(value.Maximum),
            ContractStart = details.ContractStart is { } s ? DateInputValue.From(s) : new(),
            ContractEnd = details.ContractEnd is { } e ? DateInputValue.From(e) : new(),
            Procedure = details.Procedure.ToString(),
            Lots = details.Lots.Select(l => new LotInput
            {
                Title = l.Title, Description = l.Description, Value = Money(l.Value), CpvCodes = string.Join(", ", l.CpvCodes),
                Suitability = [.. l.SuitableForSme ? ["sme"] : Array.Empty<string>(), .. l.SuitableForVcse ? ["vcse"] : Array.Empty<string>()],
            }).ToList(),
            Deadline = details.Deadline is { } d ? DateInputValue.From(DateOnly.FromDateTime(UkTime.ToUk(d).DateTime)) : new(),
            DeadlineTime = details.Deadline is { } t ? UkTime.ToUk(t).ToString("HH:mm", CultureInfo.InvariantCulture) : null,
            Suitability = [.. details.SuitableForSme ? ["sme"] : Array.Empty<string>(), .. details.SuitableForVcse ? ["vcse"] : Array.Empty<string>()],
            ShortPeriodReason = details.ShortPeriodReason,
            ContactName = details.Contact.Name,
            ContactEmail = details.Contact.Email,
            ContactPhone = details.Contact.Phone,
        }.WithLotRows();
    }

    private static string? Money(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One lot row of the tender form, as typed; it holds only what a lot row posts, so nothing else can be bound.</summary>
public sealed class LotInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Value { get; set; }
    public string? CpvCodes { get; set; }
    public List<string> Suitability { get; set; } = [];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Value)
        && string.IsNullOrWhiteSpace(CpvCodes);
}
