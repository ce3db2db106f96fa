namespace OpenCommissioning.Harvesting;

/// <summary>The addresses of the harvesting pages, in one place.</summary>
public static class HarvestingLinks
{
    public const string Sources = "/admin/harvesting";
    public const string AddSource = "/admin/harvesting/add";
    public const string Quarantine = "/admin/harvesting/quarantine";
    public static string Source(Guid id) => $"/admin/harvesting/{id}";
}

/// <summary>The names of audited harvesting actions.</summary>
public static class HarvestingAuditActions
{
    public const string SourceAdded = "harvesting.source-added";
    public const string SourcePaused = "harvesting.source-paused";
    public const string SourceResumed = "harvesting.source-resumed";
    public const string SourceRemoved = "harvesting.source-removed";
}
