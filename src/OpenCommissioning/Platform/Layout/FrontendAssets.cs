using System.Reflection;

namespace OpenCommissioning.Platform.Layout;

/// <summary>Where the build put GOV.UK Frontend: the version is in the file names so browsers may cache them for ever.</summary>
public static class FrontendAssets
{
    public static readonly string Version = typeof(FrontendAssets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GovUkFrontendVersion").Value!;

    public static string Stylesheet => $"/govuk/govuk-frontend-{Version}.min.css";
    public static string Script => $"/govuk/govuk-frontend-{Version}.min.js";
    public const string ServiceName = "OpenCommissioning";
}
