Console.Error.WriteLine("ocds: no command yet");
return 2;
