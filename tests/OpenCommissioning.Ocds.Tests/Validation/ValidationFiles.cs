using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

/// <summary>Reads the files under TestData/Validation and validates them.</summary>
internal static class ValidationFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Validation");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static ValidationReport Validate(string name, ValidatorOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return new OcdsValidator(options).Validate(stream, name);
    }

    /// <summary>The one finding with this code, so that a test fails if there is none or several.</summary>
    public static Finding Only(this ValidationReport report, string code) =>
        Assert.Single(report.Findings, f => f.Code == code);

    public static string[] Codes(this ValidationReport report) =>
        report.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
}
