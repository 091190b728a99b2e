package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Reads {@code .jsonl} and {@code .json} files: one article per line (or a JSON array of articles), each
 * with {@code text} or {@code html} and optional {@code id}, {@code title}, {@code url}, {@code outlet},
 * {@code published}, {@code author}, {@code language}, {@code retrieved} (when the page was fetched: an ISO-8601
 * date-time with offset; another form is left out, as it could not be told from a publication date). Every
 * field is a string; {@code id} may also be a whole number and {@code author} a list of names. A field of
 * another type makes its record an error that names the field and the line.
 *
 * <p>A record's source is {@code path#id}, or {@code path#line} without an id (the position in an array).
 * Keys are unique in a file: a key already taken by an earlier record or error of the same file (an id that
 * repeats, or that equals an earlier line's number) gets its line, {@code path#id@line}, so every key depends
 * only on the file's lines up to its own and stays the same when lines are added after it. A bad line is
 * reported and the rest of the file is read.
 */
public final class JsonLinesReader implements SourceReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int maxLineChars;
    private final FileLoader loader;

    /**
     * Creates the reader.
     *
     * @param loader       reads whole files (for a JSON array) within the size limit
     * @param maxLineChars the longest record line accepted, in characters
     */
    public JsonLinesReader(FileLoader loader, int maxLineChars) {
        this.loader = loader;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public boolean accepts(Input file) {
        return FileLoader.hasExtension(file, "jsonl", "ndjson", "json");
    }

    @Override
    public void read(Input file, String source, DocumentSink sink) throws InputException {
        int first = firstCharacter(file);
        if (first == '[') {
            readArray(file, source, sink);
        } else if (first == '{' && FileLoader.hasExtension(file, "json") && readSingleObject(file, source, sink)) {
            return;
        } else {
            readLines(file, source, sink);
        }
    }

    /** A .json file may hold one pretty-printed article; if the whole file is one object, it is read as one. */
    private boolean readSingleObject(Input file, String source, DocumentSink sink) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(loader.load(file));
        } catch (JsonProcessingException e) {
            return false;
        }
        if (node == null || !node.isObject()) {
            return false;
        }
        record(node, source, new Position("", 1), new Keys(), sink);
        return true;
    }

    private int firstCharacter(Input file) throws InputException {
        try (InputStream in = file.open()) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            if (c == -1) {
                throw new InputException("empty file");
            }
            return c;
        } catch (IOException e) {
            throw new InputException("cannot read file: " + Problems.io(e));
        }
    }

    private void readArray(Input file, String source, DocumentSink sink) throws InputException {
        JsonNode array;
        try {
            array = JSON.readTree(loader.load(file));
        } catch (JsonProcessingException e) {
            throw new InputException("not valid JSON: " + Problems.json(e, 0));
        }
        if (array.isEmpty()) {
            throw new InputException("the JSON array holds no records");
        }
        Keys keys = new Keys();
        for (int i = 0; i < array.size(); i++) {
            record(array.get(i), source, new Position("record", i + 1), keys, sink);
        }
    }

    private void readLines(Input file, String source, DocumentSink sink) throws InputException {
        int lineNo = 0;
        int records = 0;
        Keys keys = new Keys();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                if (line.length() > maxLineChars) {
                    sink.error(new SourceError(keys.claim(source, null, lineNo), "line " + lineNo + " is too large ("
                            + line.length() + " characters; the limit is " + maxLineChars + ")"));
                    continue;
                }
                parseLine(line, source, lineNo, keys, sink);
            }
        } catch (IOException e) {
            throw new InputException("cannot read file at line " + (lineNo + 1) + ": " + Problems.io(e));
        }
        if (records == 0) {
            throw new InputException("no records in file");
        }
    }

    private void parseLine(String line, String source, int lineNo, Keys keys, DocumentSink sink) {
        try {
            record(JSON.readTree(line.charAt(0) == '\uFEFF' ? line.substring(1) : line), source,
                    new Position("line", lineNo), keys, sink);
        } catch (JsonProcessingException e) {
            sink.error(new SourceError(keys.claim(source, null, lineNo), "line " + lineNo + " is not valid JSON: "
                    + Problems.json(e, lineNo)));
        }
    }

    private static void record(JsonNode node, String source, Position at, Keys keys, DocumentSink sink) {
        if (node == null || !node.isObject()) {
            sink.error(new SourceError(keys.claim(source, null, at.number), at + " is not a JSON object"));
            return;
        }
        String key;
        Metadata meta;
        String text;
        String html;
        try {
            key = id(node.get("id"), at);
            text = string(node, "text", at);
            html = string(node, "html", at);
            meta = new Metadata(key, string(node, "title", at), string(node, "url", at),
                    string(node, "outlet", at), string(node, "published", at), author(node.get("author"), at),
                    string(node, "language", at), instant(string(node, "retrieved", at)));
        } catch (WrongType e) {
            String usable = e.field.equals("id") ? null : plainId(node.get("id"));
            sink.error(new SourceError(keys.claim(source, usable, at.number), e.getMessage()));
            return;
        }
        String recordSource = keys.claim(source, key, at.number);
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            sink.error(new SourceError(recordSource, at + " has neither \"text\" nor \"html\""));
            return;
        }
        boolean isText = text != null && !text.isBlank();
        sink.document(new RawDocument(recordSource, isText ? RawDocument.Format.TEXT : RawDocument.Format.HTML,
                isText ? text : html, meta));
    }

    /** An ISO-8601 date-time with offset as an instant to the second, else null. */
    static String instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An id is a string or a whole number; anything else is a wrong type. */
    private static String id(JsonNode value, Position at) throws WrongType {
        if (value == null || value.isNull()) {
            return null;
        }
        String id = plainId(value);
        if (id == null) {
            throw new WrongType("id", "a string or a whole number", value, at);
        }
        return id.isBlank() ? null : id;
    }

    private static String plainId(JsonNode value) {
        if (value != null && (value.isTextual() || value.isIntegralNumber())) {
            return wellFormed(value.asText());
        }
        return null;
    }

    /**
     * A JSON string may hold half of a surrogate pair ({@code "\ud83d"} alone), which is no character: it would make
     * every UTF-8 writer fail later (the dossier files, the store). It becomes U+FFFD, as a malformed byte does when
     * a file is decoded.
     */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean lone = Character.isSurrogate(c) && !paired
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String string(JsonNode node, String field, Position at) throws WrongType {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new WrongType(field, "a string", value, at);
        }
        return wellFormed(value.asText());
    }

    /** An author is a name or a list of names, joined with commas. */
    private static String author(JsonNode value, Position at) throws WrongType {
        if (value == null || value.isNull() || value.isTextual()) {
            return value == null || value.isNull() ? null : wellFormed(value.asText());
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode name : value) {
                if (!name.isTextual()) {
                    throw new WrongType("author", "a name or a list of names", value, at);
                }
                if (!name.asText().isBlank()) {
                    names.add(wellFormed(name.asText()).strip());
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        throw new WrongType("author", "a name or a list of names", value, at);
    }

    /** Where a record is: a line of a JSON Lines file, a record of an array, or the one record of a file. */
    private record Position(String kind, int number) {
        @Override
        public String toString() {
            return kind.isEmpty() ? "the record" : kind + " " + number;
        }
    }

    /** A field whose JSON type is not the one the format says. */
    private static final class WrongType extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        WrongType(String field, String expected, JsonNode value, Position at) {
            super(at + ": \"" + field + "\" must be " + expected + ", not " + kind(value));
            this.field = field;
        }

        private static String kind(JsonNode value) {
            return switch (value.getNodeType()) {
                case NUMBER -> "a number (" + value.asText() + ")";
                case BOOLEAN -> "true or false";
                case ARRAY -> "a list";
                case OBJECT -> "an object";
                case STRING -> "a string";
                default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    /** The keys given so far in one file; a key that is taken gets its record's number. */
    static final class Keys {
        private final Set<String> taken = new HashSet<>();

        /**
         * Gives a record its source key.
         *
         * @param source the file's source
         * @param id     the record's id, or null to key it by number
         * @param number the record's line (or position in an array)
         * @return {@code source#id} or {@code source#number}, with {@code @number} added while that is taken
         */
        String claim(String source, String id, int number) {
            String key = id != null ? id : String.valueOf(number);
            while (!taken.add(key)) {
                key = key + "@" + number;
            }
            return source + "#" + key;
        }
    }
}
