package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.pipeline.DataFiles;

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
        return DataFiles.rows(FigureData.class, name);
    }
}
