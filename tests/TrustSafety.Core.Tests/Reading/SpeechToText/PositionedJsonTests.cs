using System.Text;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class PositionedJsonTests
{
    private static PositionedJsonNode Parse(string json, IReadOnlySet<string>? skip = null) =>
        PositionedJson.Parse(new StringReader(json), "t.json", skip, TestContext.Current.CancellationToken);

    private static IEnumerable<PositionedJsonNode> All(PositionedJsonNode node) =>
        new[] { node }.Concat(node.Properties.SelectMany(p => All(p.Value))).Concat(node.Items.SelectMany(All));

    [Fact]
    public void Nodes_know_their_kind_value_offset_and_children()
    {
        var root = Parse("""{"a": [1, "x", true, false, null], "b": {"c": 2.5e1}}""");

        root.Kind.Should().Be(PositionedJsonKind.Object);
        root.Properties.Select(p => p.Key).Should().Equal("a", "b");
        root["a"]!.Items.Select(i => i.Kind).Should().Equal(
            PositionedJsonKind.Number, PositionedJsonKind.String, PositionedJsonKind.True, PositionedJsonKind.False, PositionedJsonKind.Null);
        root["a"]!.Items.Select(i => i.Offset).Should().Equal(7, 10, 15, 21, 28);
        root["b"]!["c"]!.Value.Should().Be("2.5e1");
        root["a"]!.Items[1].Value.Should().Be("x");
        root["missing"].Should().BeNull();
        root["a"]!["a"].Should().BeNull("an array has no properties");
    }

    [Fact]
    public void Every_node_points_at_its_first_character_in_UTF16_columns_after_multibyte_characters()
    {
        const string Json = "{\"name\": \"Zo\u00eb \u65e5\u672c\", \"emoji\": \"\U0001F600\", \"after\": [1, {\"x\": null}]}";

        var root = Parse(Json);

        foreach (var node in All(root))
        {
            node.Position.Line.Should().Be(1);
            node.Position.Column.Should().Be((int)node.Position.Offset + 1);
            Json[(int)node.Position.Offset].Should().Be(node.Kind switch
            {
                PositionedJsonKind.Object => '{',
                PositionedJsonKind.Array => '[',
                PositionedJsonKind.String => '"',
                PositionedJsonKind.Null => 'n',
                _ => '1',
            });
        }

        root["after"]!.Position.Column.Should().Be(Json.IndexOf('[', StringComparison.Ordinal) + 1);
        root["after"]!.Offset.Should().Be(Encoding.UTF8.GetByteCount(Json[..Json.IndexOf('[', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Lines_are_counted_with_CRLF_and_LF_line_ends()
    {
        var root = Parse("{\r\n  \"a\": 1,\n\n    \"b\": \"\u00e9t\u00e9\",\r\n  \"c\": true\r\n}");

        (root["a"]!.Position.Line, root["a"]!.Position.Column).Should().Be((2, 8));
        (root["b"]!.Position.Line, root["b"]!.Position.Column).Should().Be((4, 10));
        (root["c"]!.Position.Line, root["c"]!.Position.Column).Should().Be((5, 8));
        root["c"]!.Position.Offset.Should().Be("{\r\n  \"a\": 1,\n\n    \"b\": \"\u00e9t\u00e9\",\r\n  \"c\": ".Length);
    }

    [Fact]
    public void A_byte_order_mark_is_not_counted()
    {
        var root = Parse("\uFEFF{\"a\": 1}");

        (root["a"]!.Position.Line, root["a"]!.Position.Column).Should().Be((1, 7));
    }

    [Fact]
    public void Every_character_of_an_escaped_string_maps_to_where_it_is_written()
    {
        const string Json = """{"t": "a\tb\u00e9c\ud83d\ude00 d\"e"}""";
        var node = Parse(Json)["t"]!;

        var (text, map) = node.GetMappedText();
        var utterance = new Utterance(text, sourceMap: map);

        node.IsEscaped.Should().BeTrue();
        text.Should().Be("a\tb\u00e9c\U0001F600 d\"e");
        int Column(int offset) => utterance.MapToSource(offset)!.Value.Column;
        Column(0).Should().Be(Json.IndexOf('a', StringComparison.Ordinal) + 1);
        Column(1).Should().Be(Json.IndexOf("\\t", StringComparison.Ordinal) + 1);
        Column(2).Should().Be(Json.IndexOf("b\\u", StringComparison.Ordinal) + 1);
        Column(3).Should().Be(Json.IndexOf("\\u00e9", StringComparison.Ordinal) + 1);
        Column(4).Should().Be(Json.IndexOf("c\\u", StringComparison.Ordinal) + 1);
        Column(5).Should().Be(Json.IndexOf("\\ud83d", StringComparison.Ordinal) + 1);
        Column(6).Should().Be(Json.IndexOf("\\ude00", StringComparison.Ordinal) + 1);
        Column(8).Should().Be(Json.IndexOf(" d", StringComparison.Ordinal) + 2);
        Column(9).Should().Be(Json.IndexOf("\\\"", StringComparison.Ordinal) + 1);
        Column(10).Should().Be(Json.LastIndexOf('e') + 1);
    }

    [Fact]
    public void A_plain_string_is_trimmed_and_maps_as_one_run()
    {
        var node = Parse("""{"t": "  Hello there.  "}""")["t"]!;

        var (text, map) = node.GetMappedText();

        text.Should().Be("Hello there.");
        map.Should().ContainSingle().Which.Should().Be(new SourceSegment(0, 12, new SourcePosition(1, 10, 9)));
    }

    [Fact]
    public void Skipped_properties_are_checked_but_keep_only_their_kind_and_position()
    {
        var root = Parse("""{"words": [{"w": 1}, {"w": 2}], "text": "kept", "nested": {"words": {"a": 1}}}""", new HashSet<string> { "words" });

        root["words"]!.Should().Match<PositionedJsonNode>(n => n.IsSkipped && n.Kind == PositionedJsonKind.Array && n.Items.IsEmpty && n.Position.Column == 11);
        root["nested"]!["words"]!.IsSkipped.Should().BeTrue();
        root["text"]!.Value.Should().Be("kept");
        var act = () => Parse("""{"words": [1, }""", new HashSet<string> { "words" });
        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 1);
    }

    [Fact]
    public void A_repeated_name_gives_the_last_value()
    {
        Parse("""{"a": 1, "a": 2}""")["a"]!.Value.Should().Be("2");
    }

    [Fact]
    public void Descriptions_say_what_was_found()
    {
        var root = Parse("""{"o": {}, "a": [], "s": "soon", "e": "", "n": -1.5, "t": true, "f": false, "z": null}""");

        root.Properties.Select(p => p.Value.Describe()).Should().Equal(
            "an object", "an array", "a string (\"soon\")", "an empty string", "a number (-1.5)", "true", "false", "null");
    }

    [Fact]
    public void Malformed_JSON_is_a_format_error_at_the_line_and_column_of_the_problem()
    {
        var act = () => Parse("{\n  \"a\": [1, 2}\n}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 13).WithMessage("t.json(2,13): the JSON is not well formed*");
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var act = () => Parse("  ");

        act.Should().Throw<TranscriptFormatException>().WithMessage("*the input is empty; expected a JSON object");
    }

    [Fact]
    public void Content_after_the_document_is_an_error()
    {
        var act = () => Parse("{\"a\": 1}\n{\"b\": 2}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2).WithMessage("*not well formed*");
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_allows_is_an_error_not_a_crash()
    {
        var act = () => Parse(new string('[', 200) + new string(']', 200));

        act.Should().Throw<TranscriptFormatException>().WithMessage("*not well formed*depth*");
    }

    [Fact]
    public void A_long_minified_document_keeps_exact_positions_to_its_end()
    {
        var json = "{\"items\": [" + string.Join(", ", Enumerable.Range(0, 50_000).Select(i => $"{{\"c\": \"w\u00e9{i}\"}}")) + "]}";

        var last = Parse(json)["items"]!.Items[^1]["c"]!;

        last.Position.Column.Should().Be(json.LastIndexOf("\"w\u00e9", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Parsing_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var json = "[" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]";

        var act = () => PositionedJson.Parse(new StringReader(json), "t.json", null, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}
