package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private void read(String name, String content) throws IOException, InputException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        new JsonLinesReader(new FileLoader(1 << 20), 1 << 20).read(file, name, sink);
    }

    private List<String> allSources() {
        return Stream.concat(sink.docs.stream().map(RawDocument::source), sink.errors.stream()
                .map(SourceError::source)).toList();
    }

    @Test
    void halfASurrogatePairBecomesTheReplacementCharacter() throws IOException, InputException {
        read("s.jsonl", "{\"id\": \"\\ud83d\", \"text\": \"Lone \\ud83d and \\ude00 here, a pair \\ud83d\\ude00 kept.\"}\n");
        assertThat(sink.docs).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo("Lone \uFFFD and \uFFFD here, a pair \uD83D\uDE00 kept.");
            assertThat(d.source()).isEqualTo("s.jsonl#\uFFFD");
        });
    }

    @Test
    void aFieldOfTheWrongTypeIsAnErrorNamingTheFieldAndTheLine() throws IOException, InputException {
        read("a.jsonl", """
                {"id": 5, "text": 12}
                {"id": "ok", "text": "Fine text.", "title": ["not", "a", "string"]}
                {"text": "Body.", "published": {"day": 3}}
                {"id": 1.5, "text": "Body."}
                {"id": 7, "text": "Seven.", "author": ["Ann Writer", "Bo Reporter"]}
                {"text": "Body.", "author": [1, 2]}
                """);
        assertThat(sink.errors).extracting(SourceError::source, SourceError::message).containsExactly(
                tuple("a.jsonl#5", "line 1: \"text\" must be a string, not a number (12)"),
                tuple("a.jsonl#ok", "line 2: \"title\" must be a string, not a list"),
                tuple("a.jsonl#3", "line 3: \"published\" must be a string, not an object"),
                tuple("a.jsonl#4",
                        "line 4: \"id\" must be a string or a whole number, not a number (1.5)"),
                tuple("a.jsonl#6",
                        "line 6: \"author\" must be a name or a list of names, not a list"));
        // a numeric id is an id; a list of authors is joined
        assertThat(sink.docs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("a.jsonl#7");
            assertThat(d.hints().author()).isEqualTo("Ann Writer, Bo Reporter");
        });
    }

    @Test
    void keysNeverCollideWhenAnIdRepeatsOrEqualsALineNumber() throws IOException, InputException {
        read("b.jsonl", """
                {"id": "x", "text": "One."}
                {"id": "x", "text": "Two."}
                {"id": 5, "text": "Three, whose id is a later line's number."}
                {not json
                {"text": "Five, with no id."}
                {"id": "x", "text": "Six."}
                {"id": "5@5", "text": "Seven, whose id looks like a given key."}
                """);
        List<String> sources = allSources();
        assertThat(sources).doesNotHaveDuplicates().hasSize(7);
        assertThat(sink.docs).extracting(RawDocument::source).containsExactly(
                "b.jsonl#x", "b.jsonl#x@2", "b.jsonl#5", "b.jsonl#5@5", "b.jsonl#x@6", "b.jsonl#5@5@7");
        assertThat(sink.errors).extracting(SourceError::source).containsExactly("b.jsonl#4");
    }

    @Test
    void keysAreTheSameOnEveryReadAndDoNotChangeWhenLinesAreAdded() throws IOException, InputException {
        String lines = """
                {"id": "x", "text": "One."}
                {"id": "x", "text": "Two."}
                {"id": 4, "text": "Three."}
                {"text": "Four."}
                """;
        read("c.jsonl", lines);
        List<String> first = new ArrayList<>(allSources());
        sink.docs.clear();
        sink.errors.clear();
        read("c.jsonl", lines + "{\"id\": \"x\", \"text\": \"Five.\"}\n{\"text\": \"Six.\"}\n");
        assertThat(allSources()).startsWith(first.toArray(String[]::new))
                .containsExactly("c.jsonl#x", "c.jsonl#x@2", "c.jsonl#4", "c.jsonl#4@4", "c.jsonl#x@5",
                        "c.jsonl#6");
    }

    /** Found by the fuzz soak: a .json file holding {@code []} gave neither an article nor an error. */
    @Test
    void anEmptyArrayIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("none.json", " [ ]\n"))
                .isInstanceOf(InputException.class).hasMessage("the JSON array holds no records");
    }

    @Test
    void recordsOfAnArrayAreKeyedTheSameWay() throws IOException, InputException {
        read("d.json", """
                [{"id": "2", "text": "One."}, {"text": "Two."}, {"text": 3}]
                """);
        assertThat(sink.docs).extracting(RawDocument::source).containsExactly("d.json#2", "d.json#2@2");
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("d.json#3");
            assertThat(e.message()).isEqualTo("record 3: \"text\" must be a string, not a number (3)");
        });
    }
}
