using OpenCommissioning.Ocds.Cli;

return OcdsCommand.Run(args, CommandConsole.System());
