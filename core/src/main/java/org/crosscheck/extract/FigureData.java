package org.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists of extraction (figures, speech cues, roles) from the class path ({@code org/crosscheck/extract/*.tsv, *.txt}):
 * one entry a line, columns separated by tabs, blank lines and lines starting with {@code #} skipped.
 */
final class FigureData {

    private FigureData() {
    }

    /**
     * Reads a data file next to this class.
     *
     * @param name the file name ("units-en.tsv")
     * @return its rows, each the line's tab-separated columns
     * @throws IllegalStateException when the file is missing from the class path
     */
    static List<String[]> rows(String name) {
        InputStream in = FigureData.class.getResourceAsStream(name);
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
