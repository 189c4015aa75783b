namespace TrustSafety.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string DanaAndSam = """
        Dana: Hi Sam. What would you like to focus on today?
        Sam: My new role, I think. It feels heavy.
        Dana: May I share an observation?
        Sam: Sure.
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Analyzing_the_sample_session_as_text_reports_the_transcript_figures_and_markers()
    {
        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("sample-session.txt")
            .And.Contain("Format:           plain")
            .And.Contain("Role assignment:  named")
            .And.MatchRegex(@"Coach\s+coach\s+21 turns")
            .And.MatchRegex(@"Client\s+client\s+21 turns")
            .And.Contain("Coach word share:")
            .And.MatchRegex(@"\d\d:\d\d:\d\d  turn \d+  - TS4003 warning  \(0\.\d\d\)  Question stacking");
    }

    [Fact]
    public async Task Analyzing_the_sample_session_as_json_writes_the_report_contract()
    {
        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var root = json.RootElement;
        root.GetProperty("markers").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Contain("TS4003");
        root.GetProperty("transcript").GetProperty("turns").GetArrayLength().Should().Be(42);
        root.GetProperty("transcript").GetProperty("roleAssignment").GetString().Should().Be("named");
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_and_names_the_file()
    {
        var missing = Path.Combine(_temp.FullPath, "no-such-session.txt");

        var run = await CliRun.RunAsync("analyze", missing);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("no-such-session.txt").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_malformed_transcript_exits_with_2_and_says_where_in_the_file()
    {
        var path = _temp.Write("malformed.txt", "This first line is not a speaker line\nCoach: Hello.\n");

        var run = await CliRun.RunAsync("analyze", path);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("malformed.txt").And.Contain("(1,1)").And.NotContain("Exception");
    }

    [Fact]
    public async Task Forcing_the_json_input_format_on_a_plain_text_file_exits_with_2()
    {
        var path = _temp.Write("plain.txt", DanaAndSam);

        var run = await CliRun.RunAsync("analyze", path, "--input-format", "json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("plain.txt");
    }

    [Fact]
    public async Task The_input_format_is_accepted_in_any_case_and_an_unknown_one_names_the_allowed_formats()
    {
        var upper = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--input-format", "PLAIN");
        var unknown = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--input-format", "docx");

        upper.ExitCode.Should().Be(0, upper.Error);
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Contain("'docx' is not a transcript format").And.Contain("webvtt");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format", "xml")]
    public async Task An_unknown_option_or_value_exits_with_2_and_keeps_standard_output_empty(params string[] extra)
    {
        var run = await CliRun.RunAsync(["analyze", CliRun.SampleSession, .. extra]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(extra[^1]).And.Contain("trustsafety analyze --help");
    }

    [Fact]
    public async Task An_unknown_option_before_the_file_is_named_as_an_option()
    {
        var run = await CliRun.RunAsync("analyze", "--bogus", CliRun.SampleSession);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Unrecognized option '--bogus'");
    }

    [Fact]
    public async Task A_missing_file_argument_exits_with_2()
    {
        var run = await CliRun.RunAsync("analyze");

        run.ExitCode.Should().Be(2);
        run.Error.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_invalid_severity_in_the_config_exits_with_2_naming_the_key_and_the_allowed_values()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Markers": { "TS4003": { "Severity": "loud" } } } }""");

        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--config", config);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("TrustSafety:Markers:TS4003:Severity")
            .And.Contain("loud")
            .And.Contain("error, warning, info, hidden, none");
    }

    [Fact]
    public async Task A_config_that_disables_TS4003_removes_it_from_the_report()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Markers": { "TS4003": { "Severity": "none" } } } }""");
        var withDefaults = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--format", "json");

        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--format", "json", "--config", config);

        withDefaults.JsonMarkerIds().Should().Contain("TS4003");
        run.ExitCode.Should().Be(0, run.Error);
        run.JsonMarkerIds().Should().NotContain("TS4003");
    }

    [Fact]
    public async Task A_detector_setting_in_the_config_reaches_the_detector()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Detectors": { "QuestionStacking": { "MinQuestions": 4 } } } }""");

        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--format", "json", "--config", config);

        // The sample session's only stack has three questions.
        run.ExitCode.Should().Be(0, run.Error);
        run.JsonMarkerIds().Should().NotContain("TS4003");
    }

    [Fact]
    public async Task A_config_value_that_cannot_be_converted_exits_with_2_naming_the_key()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Detectors": { "QuestionStacking": { "MinQuestions": "many" } } } }""");

        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--config", config);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("TrustSafety:Detectors:QuestionStacking:MinQuestions");
    }

    [Fact]
    public async Task A_config_file_that_does_not_exist_exits_with_2_naming_it()
    {
        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--config", Path.Combine(_temp.FullPath, "absent.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("absent.json");
    }

    [Fact]
    public async Task Detectors_from_an_assembly_report_their_markers()
    {
        var path = _temp.Write("permission.txt", "Coach: May I share an observation?\nClient: Yes, please.\n");

        var run = await CliRun.RunAsync("analyze", path, "--format", "json", "--detectors", CliRun.SampleDetectorsAssembly);

        run.ExitCode.Should().Be(0, run.Error);
        run.JsonMarkerIds().Should().Contain("SMPL0001");
    }

    [Fact]
    public async Task Without_the_detectors_option_third_party_markers_are_not_reported()
    {
        var path = _temp.Write("permission.txt", "Coach: May I share an observation?\nClient: Yes, please.\n");

        var run = await CliRun.RunAsync("analyze", path, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.JsonMarkerIds().Should().NotContain("SMPL0001");
    }

    [Fact]
    public async Task Naming_the_coach_and_the_client_assigns_roles_explicitly()
    {
        var path = _temp.Write("dana-and-sam.txt", DanaAndSam);

        var run = await CliRun.RunAsync("analyze", path, "--format", "json", "--coach", "Dana", "--client", "Sam");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var transcript = json.RootElement.GetProperty("transcript");
        transcript.GetProperty("roleAssignment").GetString().Should().Be("explicit");
        transcript.GetProperty("speakers").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("role").GetString()))
            .Should().BeEquivalentTo([("Dana", "coach"), ("Sam", "client")]);
    }

    [Fact]
    public async Task Naming_a_coach_who_does_not_speak_exits_with_2_listing_the_speakers()
    {
        var path = _temp.Write("dana-and-sam.txt", DanaAndSam);

        var run = await CliRun.RunAsync("analyze", path, "--coach", "Nobody");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("Nobody").And.Contain("'Dana'").And.Contain("'Sam'");
    }
}
