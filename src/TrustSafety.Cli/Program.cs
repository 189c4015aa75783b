using System.Text;
using TrustSafety.Cli;

// Reports quote transcripts verbatim: write UTF-8 even where the console's default code page is not.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
