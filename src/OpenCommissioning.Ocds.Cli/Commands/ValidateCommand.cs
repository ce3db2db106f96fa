using System.CommandLine;

namespace OpenCommissioning.Ocds.Cli.Commands;

/// <summary><c>ocds validate</c>: wired to the validator once it lands.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandConsole console)
    {
        var command = new Command("validate", "Check OCDS files against the schema and the OCDS rules.");
        command.SetAction(_ =>
        {
            console.Report("ocds validate is not ready yet.");
            return InputFiles.Unreadable;
        });
        return command;
    }
}
