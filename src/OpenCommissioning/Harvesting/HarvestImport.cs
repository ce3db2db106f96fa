using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Harvesting;

/// <summary>
/// The <c>import FILE…</c> command: loads release packages, record packages or 360Giving files from disk through
/// the same validation, quarantine and dedupe as a harvest. Each file is read whole before anything is stored and
/// saved in one transaction, so a file is stored completely or not at all.
/// </summary>
public static class HarvestImport
{
    public const string DefaultSource = "Imported file";

    /// <summary>Returns the process exit code: 0 when every file was read, 1 when any could not be, 2 for no files.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken = default)
    {
        var (files, source) = ReadArguments(arguments);
        if (files.Count == 0)
        {
            await errors.WriteLineAsync("Give at least one file to import, like: import notices.json [--source \"Contracts Finder\"]");
            return 2;
        }
        var failed = false;
        foreach (var file in files)
        {
            var problem = await ImportFileAsync(services, file, source, output, cancellationToken);
            if (problem is null) continue;
            failed = true;
            await errors.WriteLineAsync($"{file}: {problem} Nothing was stored from it.");
        }
        return failed ? 1 : 0;
    }

    private static (List<string> Files, string Source) ReadArguments(IReadOnlyList<string> arguments)
    {
        var files = new List<string>();
        var source = DefaultSource;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--source" && i + 1 < arguments.Count) source = arguments[++i];
            // Other switches are the host's configuration (--Database:SqlitePath=…, --Key value), not files.
            else if (arguments[i].StartsWith("--", StringComparison.Ordinal)) { if (!arguments[i].Contains('=')) i++; }
            else files.Add(arguments[i]);
        }
        return (files, source.Length > 100 ? source[..100] : source);
    }

    /// <summary>Imports one file; returns why it could not be read, or null when it was.</summary>
    private static async Task<string?> ImportFileAsync(IServiceProvider services, string file, string source, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(file)) return "There is no such file.";
        HarvestPage page;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            page = LooksLikeGrants(bytes)
                ? await GrantPages.ReadAsync(new MemoryStream(bytes), cancellationToken)
                : HarvestPage.Parse(PageTexts.Decode(bytes, charset: null));
        }
        catch (JsonException error) { return $"The file is not readable JSON, or not an OCDS package or 360Giving file ({error.Message})."; }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or HarvestFailure) { return $"The file could not be read ({error.Message})."; }

        await using var scope = services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ReleaseIntake>();
        intake.DeferWrites();
        await intake.LookUpAsync(page.Releases, source, cancellationToken);
        var offers = new List<(JsonNode? Release, IntakeOutcome Outcome)>(page.Releases.Count);
        foreach (var release in page.Releases)
            offers.Add((release, await intake.OfferAsync(release, page.Extensions, source, page.PublisherName, cancellationToken)));
        foreach (var refused in page.Refused)
            await intake.QuarantineAsync(source, refused.Raw, refused.Problems, cancellationToken);
        var written = await intake.SaveAsync(cancellationToken);

        // Counted from what the write stored: a release another writer stored meanwhile was skipped, not added.
        int added = 0, skipped = 0, quarantined = page.Refused.Count; // refused items are in quarantine, whether put there now or before
        foreach (var (release, offered) in offers)
        {
            switch (written.OutcomeOf(release, offered))
            {
                case IntakeOutcome.Added: added++; break;
                case IntakeOutcome.AlreadyStored: skipped++; break;
                default: quarantined++; break;
            }
        }
        await output.WriteLineAsync($"{file}: {added} added, {skipped} skipped (already stored), {quarantined} quarantined.");
        return null;
    }

    /// <summary>360Giving files are packages with a "grants" array; OCDS packages have "releases" or "records".</summary>
    private static bool LooksLikeGrants(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes,
            new JsonReaderOptions { AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("grants")) return true;
                if (reader.ValueTextEquals("releases") || reader.ValueTextEquals("records")) return false;
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException) { }
        return false;
    }
}
