package org.crosscheck.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists and lexicons the stages keep as data files next to their classes: one entry a line,
 * columns separated by tabs, blank lines and lines starting with {@code #} skipped.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * Reads a data file that lies next to a class.
     *
     * @param owner the class whose package holds the file
     * @param name  the file name ("units-en.tsv")
     * @return its rows, each the line's tab-separated columns, stripped of surrounding space
     * @throws IllegalStateException when the file is missing from the build
     * @throws UncheckedIOException  when it cannot be read
     */
    public static List<String[]> rows(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return rows;
    }
}
