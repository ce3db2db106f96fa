using Microsoft.EntityFrameworkCore;
using OpenCommissioning.Platform.Components;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>What an administrator typed to add a source, and the rules it must meet.</summary>
public sealed record SourceInput(string? Name, string? Kind, string? BaseUrl, DateInputValue StartDate, string? Every, string? EveryUnit)
{
    public const int MaxEveryMinutes = 7 * 24 * 60;

    public sealed record Checked(string Name, HarvestSourceKind Kind, string BaseUrl, DateOnly StartDate, int EveryMinutes);

    /// <summary>The checked values, or null after reporting each problem against its field.</summary>
    public static async Task<Checked?> CheckAsync(SourceInput input, AppDbContext db, DateOnly today, Action<string, string> error)
    {
        var ok = true;
        void Fail(string field, string message) { ok = false; error(field, message); }

        var name = (input.Name ?? "").Trim();
        if (name.Length == 0) Fail(nameof(Name), "Enter a name for the source");
        else if (name.Length > HarvestSource.NameMaxLength) Fail(nameof(Name), $"Name must be {HarvestSource.NameMaxLength} characters or fewer");
        else if (await db.Set<HarvestSource>().AnyAsync(s => s.Name.ToLower() == name.ToLower()))
            Fail(nameof(Name), $"There is already a source called {name}. Choose another name");

        if (!Enum.TryParse<HarvestSourceKind>(input.Kind, out var kind) || !Enum.IsDefined(kind)) Fail(nameof(Kind), "Select the kind of source");

        var url = (input.BaseUrl ?? "").Trim();
        if (url.Length == 0) Fail(nameof(BaseUrl), "Enter the web address of the source");
        else if (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            Fail(nameof(BaseUrl), "Enter a full web address starting with https://, like https://www.find-tender.service.gov.uk");

        if (!input.StartDate.TryGetDate(out var start))
            Fail(nameof(StartDate), input.StartDate.IsEmpty ? "Enter the date to start harvesting from" : "Start date must be a real date, like 1 4 2025");
        else if (start > today) Fail(nameof(StartDate), "Start date must be today or in the past");

        var minutes = 0;
        if (!int.TryParse(input.Every?.Trim(), out var every) || every < 1)
            Fail(nameof(Every), "Enter how often to run as a whole number, like 6");
        else
        {
            minutes = input.EveryUnit == "minutes" ? every : every * 60;
            if (input.EveryUnit is not ("minutes" or "hours")) Fail(nameof(EveryUnit), "Select minutes or hours");
            else if (minutes < 5 || minutes > MaxEveryMinutes) Fail(nameof(Every), "Run at least once a week and at most every 5 minutes");
        }
        return ok ? new Checked(name, kind, url, start, minutes) : null;
    }
}
