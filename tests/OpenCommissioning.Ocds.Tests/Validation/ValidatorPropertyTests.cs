using System.Text.Json;
using CsCheck;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class ValidatorPropertyTests
{
    private static readonly byte[] Valid = File.ReadAllBytes(ValidationFiles.PathOf("valid-release-package.json"));

    [Fact]
    public void Validate_WhenOneByteIsDamaged_NeverThrowsAndCatchesBrokenJson()
    {
        var validator = new OcdsValidator();
        Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Byte).Sample((at, value) =>
        {
            var bytes = (byte[])Valid.Clone();
            bytes[at] = value;

            var report = validator.Validate(new MemoryStream(bytes), "damaged.json");

            return IsWellFormed(bytes) || report.Findings.Any(f => f.Code is "input.json" or "input.encoding");
        });
    }

    private static bool IsWellFormed(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void Validate_WhenTruncated_ReportsMalformedJsonNotAnException()
    {
        var validator = new OcdsValidator();
        Gen.Int[1, Valid.Length - 2].Sample(length =>
        {
            var report = validator.Validate(new MemoryStream(Valid, 0, length), "cut.json");

            return report.Findings.Any(f => f.Code == "input.json") && !report.IsValid;
        });
    }
}
