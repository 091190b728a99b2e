package org.crosscheck.clean.lines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line filters' word lists, kept as tab-separated data files next to these classes. */
final class DataFile {

    private DataFile() {
    }

    /**
     * Reads a data file; blank lines and lines starting with {@code #} are skipped.
     *
     * @param name the file name ("byline-words.txt")
     * @return its rows, each the line's tab-separated columns
     * @throws IllegalStateException when the file is missing from the class path
     */
    static List<String[]> rows(String name) {
        InputStream in = DataFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing data file " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return rows;
    }
}
