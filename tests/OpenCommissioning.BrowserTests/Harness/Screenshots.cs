using Microsoft.Playwright;

namespace OpenCommissioning.BrowserTests.Harness;

/// <summary>
/// Screenshots for people to look at: written to the test output folder and copied to the repository's root
/// folder (where git is not asked to keep them), so the lead can open them after a run.
/// </summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (RepositoryRoot() is { } root) File.Copy(path, Path.Combine(root, fileName), overwrite: true);
        return path;
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "OpenCommissioning.slnx"))) return folder.FullName;
        return null;
    }
}
