using System.CommandLine;
using System.Globalization;
using OpenCommissioning.Ocds.Packaging;

namespace OpenCommissioning.Ocds.Cli;

/// <summary>The package metadata a person may set on any command that writes packages.</summary>
internal sealed class PublisherOptions
{
    public Option<string?> Uri { get; } = new("--uri") { Description = "The package's uri: where it will be published." };

    public Option<string?> PublishedDate { get; } = new("--published-date")
    {
        Description = "The package's publishedDate (default: the input's, or now).",
    };

    public Option<string?> PublisherName { get; } = new("--publisher-name") { Description = "The publisher's name." };

    public Option<string?> PublisherUri { get; } = new("--publisher-uri") { Description = "The publisher's uri." };

    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(PublishedDate);
        command.Options.Add(PublisherName);
        command.Options.Add(PublisherUri);
    }

    /// <summary>Puts the given options over what the input said, and fills a missing publishedDate with now.</summary>
    public PackageMetadata Apply(PackageMetadata metadata, ParseResult parse, TimeProvider time)
    {
        metadata.Uri = parse.GetValue(Uri) ?? metadata.Uri;
        metadata.PublishedDate = parse.GetValue(PublishedDate) ?? metadata.PublishedDate
            ?? time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var name = parse.GetValue(PublisherName);
        var uri = parse.GetValue(PublisherUri);
        if (name is not null || uri is not null)
        {
            var publisher = metadata.Publisher ?? new Publisher(null);
            metadata.Publisher = publisher with { Name = name ?? publisher.Name, Uri = uri ?? publisher.Uri };
        }
        return metadata;
    }
}
