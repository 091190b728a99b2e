package org.crosscheck.app.fetch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers each URL's ETag and Last-Modified between runs (in a JSON file in the output folder) so that
 * a second fetch sends conditional requests and an unchanged page costs the server a 304.
 */
final class Validators {

    /** What a server said identifies a version of a page. */
    record Validator(String etag, String lastModified) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final Map<String, Validator> known;

    private Validators(Path file, Map<String, Validator> known) {
        this.file = file;
        this.known = known;
    }

    /** Returns validators that remember nothing and are never saved. */
    static Validators none() {
        return new Validators(null, new TreeMap<>());
    }

    /**
     * Loads validators from a file; a missing or unreadable file starts empty.
     *
     * @param file the JSON file
     * @return the validators
     */
    static Validators load(Path file) {
        Map<String, Validator> known = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                known.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Validator>>() { }));
            } catch (IOException e) {
                // A damaged state file only costs full downloads; it is rewritten at the end of the run.
                known.clear();
            }
        }
        return new Validators(file, known);
    }

    synchronized Validator get(String url) {
        return file == null ? null : known.get(url);
    }

    synchronized void remember(String url, HttpHeaders headers) {
        if (file == null) {
            return;
        }
        String etag = headers.firstValue("etag").orElse(null);
        String modified = headers.firstValue("last-modified").orElse(null);
        if (etag != null || modified != null) {
            known.put(url, new Validator(etag, modified));
        }
    }

    /**
     * Writes the validators back to their file.
     *
     * @throws IOException when the file cannot be written
     */
    synchronized void save() throws IOException {
        if (file != null) {
            JSON.writeValue(file.toFile(), known);
        }
    }
}
