using System.Reflection;

namespace TrustSafety.Packaging.Tests;

public class PackageConsumptionTests
{
    private static readonly string RepositoryRoot = typeof(PackageConsumptionTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Packed_Core_Markers_and_Testing_restore_build_and_run_in_a_separate_consumer()
    {
        var token = TestContext.Current.CancellationToken;
        var work = Directory.CreateTempSubdirectory("trustsafety-pack-");
        try
        {
            var version = $"0.1.0-pack.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
            var source = CopySources(work.FullName);
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            foreach (var project in new[] { "TrustSafety.Core", "TrustSafety.Markers", "TrustSafety.Testing" })
            {
                var pack = await ProcessRunner.RunAsync("dotnet", $"pack src/{project}/{project}.csproj -c Release -o \"{feed}\" -p:Version={version}", source, StepTimeout, token);
                pack.ExitCode.Should().Be(0, pack.Output);
            }

            Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
                $"TrustSafety.Core.{version}.nupkg", $"TrustSafety.Markers.{version}.nupkg", $"TrustSafety.Testing.{version}.nupkg");

            var consumer = WriteConsumer(work.FullName, feed, version);
            var run = await ProcessRunner.RunAsync("dotnet", "run -c Release", consumer, StepTimeout, token);

            run.ExitCode.Should().Be(0, run.Output);
            run.Output.Should().Contain("TS4003 on turn 1").And.Contain("TS4501 on turn 1 from the model").And.Contain("kit ok");
            Directory.Exists(Path.Combine(work.FullName, "packages", "trustsafety.core", version)).Should().BeTrue("the consumer restores into its own packages folder");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string CopySources(string work)
    {
        var target = Directory.CreateDirectory(Path.Combine(work, "repo")).FullName;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "nuget.config", "README.md" })
        {
            File.Copy(Path.Combine(RepositoryRoot, file), Path.Combine(target, file));
        }

        foreach (var project in new[] { "TrustSafety.Core", "TrustSafety.Markers", "TrustSafety.Testing" })
        {
            CopyTree(Path.Combine(RepositoryRoot, "src", project), Path.Combine(target, "src", project));
        }

        return target;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    private static string WriteConsumer(string work, string feed, string version)
    {
        var consumer = Directory.CreateDirectory(Path.Combine(work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
              </config>
              <packageSources>
                <add key="local-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TrustSafety.Core" Version="{version}" />
                <PackageReference Include="TrustSafety.Markers" Version="{version}" />
                <PackageReference Include="TrustSafety.Testing" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using System.Text;
            using Microsoft.Extensions.DependencyInjection;
            using TrustSafety.Analysis;
            using TrustSafety.Reading;
            using TrustSafety.Testing;

            using var provider = new ServiceCollection().AddTrustSafety(b => b.AddBuiltInMarkers()).BuildServiceProvider();
            var text = "Client: I am stuck.\nCoach: What happened? Who was there? What did you do?\n";
            var transcript = provider.GetRequiredService<TranscriptLoader>().Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "consumer.txt");
            var result = await provider.GetRequiredService<TranscriptAnalyzer>().AnalyzeAsync(transcript);
            foreach (var marker in result.Markers)
            {
                Console.WriteLine($"{marker.Id} on turn {marker.Location.TurnIndex}");
            }

            // TS4501 comes from the model embedded in the TrustSafety.Markers package, not from a repository file.
            var feelings = "Client: I'm dreading the call with my brother tonight.\nCoach: You're dreading it.\n";
            var exchange = provider.GetRequiredService<TranscriptLoader>().Load(new MemoryStream(Encoding.UTF8.GetBytes(feelings)), "feelings.txt");
            foreach (var marker in (await provider.GetRequiredService<TranscriptAnalyzer>().AnalyzeAsync(exchange)).Markers)
            {
                Console.WriteLine($"{marker.Id} on turn {marker.Location.TurnIndex} from the {marker.Properties.GetValueOrDefault("method", "rules")}");
            }

            var verified = await new DetectorVerifier(new TrustSafety.Markers.Conversation.QuestionStackingDetector())
                .VerifyAsync("Coach: {|TS4003:A? B? C?|}");
            Console.WriteLine(verified.Markers.Length == 1 ? "kit ok" : "kit failed");
            """);
        return consumer;
    }
}
