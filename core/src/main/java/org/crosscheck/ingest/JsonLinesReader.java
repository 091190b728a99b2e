package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Reads {@code .jsonl} and {@code .json} files: one article per line (or a JSON array of articles), each
 * with {@code text} or {@code html} and optional {@code id}, {@code title}, {@code url}, {@code outlet},
 * {@code published}, {@code author}, {@code language}, {@code retrieved} (when the page was fetched: an ISO-8601
 * date-time with offset; another form is left out, as it could not be told from a publication date). A record's source is {@code path#id}, or
 * {@code path#line} without an id. A bad line is reported and the rest of the file is read.
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
    public boolean accepts(Path file) {
        return FileLoader.hasExtension(file, "jsonl", "ndjson", "json");
    }

    @Override
    public void read(Path file, String source, DocumentSink sink) throws InputException {
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
    private boolean readSingleObject(Path file, String source, DocumentSink sink) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(loader.load(file));
        } catch (JsonProcessingException e) {
            return false;
        }
        if (node == null || !node.isObject()) {
            return false;
        }
        record(node, source, 1, sink);
        return true;
    }

    private int firstCharacter(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            if (c == -1) {
                throw new InputException("empty file");
            }
            return c;
        } catch (IOException e) {
            throw new InputException("cannot read file: " + e.getMessage());
        }
    }

    private void readArray(Path file, String source, DocumentSink sink) throws InputException {
        JsonNode array;
        try {
            array = JSON.readTree(loader.load(file));
        } catch (JsonProcessingException e) {
            throw new InputException("not valid JSON: " + e.getOriginalMessage());
        }
        for (int i = 0; i < array.size(); i++) {
            record(array.get(i), source, i + 1, sink);
        }
    }

    private void readLines(Path file, String source, DocumentSink sink) throws InputException {
        int lineNo = 0;
        int records = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                if (line.length() > maxLineChars) {
                    sink.error(new SourceError(source + "#" + lineNo, "record too large ("
                            + line.length() + " characters; the limit is " + maxLineChars + ")"));
                    continue;
                }
                parseLine(line, source, lineNo, sink);
            }
        } catch (IOException e) {
            throw new InputException("cannot read file at line " + (lineNo + 1) + ": " + e.getMessage());
        }
        if (records == 0) {
            throw new InputException("no records in file");
        }
    }

    private void parseLine(String line, String source, int lineNo, DocumentSink sink) {
        try {
            record(JSON.readTree(line.charAt(0) == '\uFEFF' ? line.substring(1) : line), source, lineNo, sink);
        } catch (JsonProcessingException e) {
            sink.error(new SourceError(source + "#" + lineNo, "line " + lineNo + " is not valid JSON: "
                    + e.getOriginalMessage()));
        }
    }

    private static void record(JsonNode node, String source, int number, DocumentSink sink) {
        String key = text(node, "id");
        String recordSource = source + "#" + (key != null ? key : String.valueOf(number));
        if (node == null || !node.isObject()) {
            sink.error(new SourceError(recordSource, "record " + number + " is not a JSON object"));
            return;
        }
        String text = text(node, "text");
        String html = text(node, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            sink.error(new SourceError(recordSource, "record " + number + " has neither \"text\" nor \"html\""));
            return;
        }
        Metadata meta = new Metadata(key, text(node, "title"), text(node, "url"), text(node, "outlet"),
                text(node, "published"), text(node, "author"), text(node, "language"),
                instant(text(node, "retrieved")));
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
