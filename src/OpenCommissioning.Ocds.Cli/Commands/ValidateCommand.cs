using System.CommandLine;
using System.Text;
using OpenCommissioning.Ocds.Reading;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary>
/// <c>ocds validate [--json] FILE…</c>: a report per file, for a person or (with --json) one JSON object per file.
/// Exits 0 when every file is valid, 1 when one is not, 2 when one cannot be read as UTF-8 JSON at all.
/// </summary>
internal static class ValidateCommand
{
    private const int Invalid = 1;

    private static readonly HashSet<string> UnreadableCodes = ["input.encoding", "input.json"];

    public static Command Create(CommandConsole console)
    {
        var files = OcdsCommand.FilesArgument();
        var json = new Option<bool>("--json") { Description = "Write each report as JSON instead of text." };
        var extensions = new Option<DirectoryInfo?>("--extensions") { Description = "A folder of local copies of extensions, beside those built in." };
        var command = new Command("validate", "Check OCDS files against the schema, their extensions and the OCDS rules.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(extensions);
        command.SetAction(parse =>
        {
            var validator = new OcdsValidator(new ValidatorOptions(parse.GetValue(extensions)?.FullName));
            var names = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];
            var exitCode = 0;
            foreach (var name in names)
            {
                var report = Validate(validator, name, console);
                if (report is null) { exitCode = InputFiles.Unreadable; continue; }
                var text = parse.GetValue(json) ? report.ToJson() + "\n" : report.ToText() + (names.Length > 1 ? "\n" : "");
                console.Output.Write(Encoding.UTF8.GetBytes(text));
                var outcome = report.Findings.Any(f => UnreadableCodes.Contains(f.Code)) ? InputFiles.Unreadable
                    : report.IsValid ? 0 : Invalid;
                exitCode = Math.Max(exitCode, outcome);
            }
            return exitCode;
        });
        return command;
    }

    private static ValidationReport? Validate(OcdsValidator validator, string name, CommandConsole console)
    {
        if (name == "-") return validator.Validate(console.Input, OcdsReader.StandardInputName);
        try
        {
            using var stream = File.OpenRead(name);
            return validator.Validate(stream, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Report(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{name}: there is no such file."
                : $"{name}: the file cannot be read: {e.Message}");
            return null;
        }
    }
}
